package io.crowdflow.review.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.governance.application.ReadAccess;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.access.ReadDecision;
import io.crowdflow.rules.access.ReadRequest;
import io.crowdflow.review.domain.Dispute;
import io.crowdflow.review.domain.DisputeAlreadyDecidedException;
import io.crowdflow.review.domain.DisputeNotFoundException;
import io.crowdflow.review.domain.DisputeNotPossibleException;
import io.crowdflow.review.domain.DisputeRepository;
import io.crowdflow.review.domain.DisputeWorkflow;
import io.crowdflow.review.domain.DisputedSubmissionNotFoundException;
import io.crowdflow.review.domain.FourEyes;
import io.crowdflow.review.domain.FourEyesViolationException;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Disputes: after review, each rejected worker may dispute once within the dispute window; a reviewer who is
 * not the worker, the requester or the one who rejected decides, and that decision is final.
 */
@Stateless
public class DisputeService {

    static final int MAX_REASON = 2000;
    static final int QUEUE_LIMIT = 200;

    @Inject
    AssignmentRepository assignments;

    @Inject
    TaskRepository tasks;

    @Inject
    DisputeRepository disputes;

    @Inject
    DisputeWorkflow workflow;

    @Inject
    ReviewSettings settings;

    @Inject
    Clock clock;

    @Inject
    ReadAccess readAccess;

    /** Review is over: the task's rejected submissions, each of which may now be disputed. */
    public List<String> disputableSubmissions(String taskId) {
        return assignments.submissionsOf(taskId).stream()
                .filter(s -> s.decision() == Submission.Decision.REJECT).map(Submission::id).toList();
    }

    /** How long a rejected worker has to dispute, as an ISO-8601 duration. */
    public String disputeWindow() {
        return settings.disputeWindow().toString();
    }

    /** A dispute filed earlier (the answer to a retried dispute with its Idempotency-Key). */
    public Dispute dispute(String disputeId) {
        return disputes.find(disputeId).orElseThrow(() -> new IllegalStateException("no dispute " + disputeId));
    }

    /** The worker disputes the rejection of their submission. */
    public Dispute file(Caller worker, String submissionId, String reason) {
        requireReason(reason, "a dispute always says why");
        Submission submission = assignments.findSubmission(submissionId)
                .filter(s -> s.workerId().equals(worker.subject()))
                .orElseThrow(() -> new DisputedSubmissionNotFoundException(submissionId));
        if (submission.decision() != Submission.Decision.REJECT) {
            throw new DisputeNotPossibleException(submissionId, "it was not rejected");
        }
        if (disputes.ofSubmission(submissionId).isPresent()) {
            throw new DisputeNotPossibleException(submissionId, "a rejection can be disputed once, and it was");
        }
        Task task = tasks.get(submission.taskId());
        if (!workflow.windowOpen(task, submissionId)) {
            throw new DisputeNotPossibleException(submissionId, "the dispute window has closed");
        }
        Instant now = clock.now();
        Dispute dispute = new Dispute(submission, reason.strip(), now);
        disputes.add(dispute);
        task.record(now, TaskEventType.DISPUTE_FILED, worker.subject(), "the worker disputes the rejection of"
                + " submission " + submissionId + "; a reviewer other than the one who rejected it decides");
        workflow.disputeFiled(task, submissionId);
        return dispute;
    }

    /** Open disputes this reviewer may read and decide, as the read-access rules allow. */
    public List<DisputeItem> queueFor(Caller reviewer) {
        List<DisputeItem> candidates = new ArrayList<>();
        List<ReadRequest> reads = new ArrayList<>();
        for (Dispute dispute : disputes.open(QUEUE_LIMIT)) {
            Submission submission = assignments.findSubmission(dispute.submissionId()).orElseThrow();
            Task task = tasks.get(dispute.taskId());
            candidates.add(new DisputeItem(dispute, submission, task));
            reads.add(ReadRequest.disputeItem(dispute.id(), task.id(), ReadAccess.classOf(task.dataClass()),
                    task.requesterId(), submission.workerId(), dispute.rejectedBy()));
        }
        List<ReadDecision> decisions = readAccess.decide(reviewer, reads);
        List<DisputeItem> items = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (decisions.get(i).isAllowed()) {
                items.add(candidates.get(i));
            }
        }
        return items;
    }

    /** Decides a dispute: "accept" upholds it (the work is accepted), "reject" dismisses it. Final. */
    public Dispute decide(Caller reviewer, String disputeId, String decisionText, String reason) {
        Dispute.Outcome outcome = parse(decisionText, reason);
        Dispute dispute = disputes.find(disputeId).orElseThrow(() -> new DisputeNotFoundException(disputeId));
        if (!dispute.isOpen()) {
            throw new DisputeAlreadyDecidedException(disputeId);
        }
        Submission submission = assignments.findSubmission(dispute.submissionId()).orElseThrow();
        Task task = tasks.get(dispute.taskId());
        FourEyes.conflictOf(reviewer.subject(), dispute, submission, task).ifPresent(role -> {
            throw new FourEyesViolationException(submission.id(), role);
        });
        Instant now = clock.now();
        String why = reason.strip();
        dispute.decide(outcome, reviewer.subject(), why, now);
        if (outcome == Dispute.Outcome.UPHELD) {
            submission.acceptOnDispute(reviewer.subject(), "dispute upheld: " + why, now);
            task.record(now, TaskEventType.DISPUTE_UPHELD, reviewer.subject(), "dispute of submission "
                    + submission.id() + " upheld by a second reviewer, the submission is accepted: " + why);
        } else {
            task.record(now, TaskEventType.DISPUTE_DISMISSED, reviewer.subject(), "dispute of submission "
                    + submission.id() + " dismissed by a second reviewer, the rejection is final: " + why);
        }
        workflow.disputeDecided(task, submission.id());
        return dispute;
    }

    private static Dispute.Outcome parse(String decisionText, String reason) {
        List<Violation> violations = new ArrayList<>();
        Dispute.Outcome outcome = null;
        if (decisionText == null) {
            violations.add(new Violation("decision", "is required: \"accept\" (uphold) or \"reject\" (dismiss)"));
        } else {
            switch (decisionText.toLowerCase(Locale.ROOT)) {
                case "accept" -> outcome = Dispute.Outcome.UPHELD;
                case "reject" -> outcome = Dispute.Outcome.DISMISSED;
                default -> violations.add(new Violation("decision", "must be \"accept\" or \"reject\""));
            }
        }
        violations.addAll(reasonViolations(reason, "a dispute's decision is final and always says why"));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return outcome;
    }

    private static void requireReason(String reason, String missing) {
        List<Violation> violations = reasonViolations(reason, missing);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static List<Violation> reasonViolations(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            return List.of(new Violation("reason", missing));
        }
        if (reason.length() > MAX_REASON) {
            return List.of(new Violation("reason", "at most " + MAX_REASON + " characters"));
        }
        return List.of();
    }

    /** An open dispute with its submission and task. */
    public record DisputeItem(Dispute dispute, Submission submission, Task task) {
    }
}
