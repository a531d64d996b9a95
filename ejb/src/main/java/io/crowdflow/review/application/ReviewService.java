package io.crowdflow.review.application;

import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.domain.AnswerReader;
import io.crowdflow.review.domain.AutomaticReview;
import io.crowdflow.review.domain.ReviewRules;
import io.crowdflow.review.domain.aggregation.MajorityVote;
import io.crowdflow.rules.review.ReviewVerdict;
import io.crowdflow.review.domain.FourEyes;
import io.crowdflow.review.domain.FourEyesViolationException;
import io.crowdflow.review.domain.SubmissionNotFoundException;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskStatus;
import io.crowdflow.task.domain.TaskWorkflow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Review of submitted work: review rules and aggregation first ({@link #reviewAutomatically}), a human
 * reviewer for the rest, four eyes enforced.
 */
@Stateless
public class ReviewService {

    static final int MAX_REASON = 2000;
    static final int QUEUE_LIMIT = 200;

    @Inject
    AssignmentRepository assignments;

    @Inject
    TaskRepository tasks;

    @Inject
    TaskWorkflow workflow;

    @Inject
    Clock clock;

    @Inject
    ReviewRules reviewRules;

    @Inject
    ReviewSettings settings;

    /** All work of the task is in: its submissions go to review. Returns their ids, one review each. */
    public List<String> openReview(String taskId) {
        Task task = tasks.get(taskId);
        List<String> ids = assignments.submissionsOf(taskId).stream().map(Submission::id).toList();
        task.startReview(clock.now(), ids.size() + " submission(s) to review: review rules and aggregation first,"
                + " a human reviewer (candidate group reviewer) for the rest");
        return ids;
    }

    /**
     * Decides the task's submissions that rules and aggregation can decide ({@link AutomaticReview}): each
     * decision is recorded on the submission and as an event with its reason and no actor.
     *
     * @return the ids of the submissions left for a human reviewer
     */
    public List<String> reviewAutomatically(String taskId) {
        Task task = tasks.get(taskId);
        List<Submission> submissions = assignments.submissionsOf(taskId).stream()
                .filter(s -> s.decision() == null).toList();
        ReviewVerdict verdict = reviewRules.check(task, submissions, assignments.ofTask(taskId));
        AutomaticReview automatic = new AutomaticReview(new MajorityVote(), settings.automaticMinimumAnswers(),
                settings.automaticMinimumConfidence());
        List<AutomaticReview.Decision> decisions = automatic.decide(taskId, submissions.stream()
                .map(s -> new AutomaticReview.Answer(s.id(), s.workerId(), AnswerReader.textOf(s.answerJson())))
                .toList(), verdict);
        Instant now = clock.now();
        List<String> forHumans = new ArrayList<>();
        for (AutomaticReview.Decision decision : decisions) {
            if (decision.outcome() == AutomaticReview.Outcome.HUMAN_REVIEW) {
                forHumans.add(decision.submissionId());
                continue;
            }
            boolean accept = decision.outcome() == AutomaticReview.Outcome.ACCEPT;
            Submission submission = submissions.stream().filter(s -> s.id().equals(decision.submissionId()))
                    .findFirst().orElseThrow();
            submission.decide(accept ? Submission.Decision.ACCEPT : Submission.Decision.REJECT, null,
                    truncate("decided automatically: " + decision.reason()), now);
            task.record(now, accept ? TaskEventType.SUBMISSION_ACCEPTED : TaskEventType.SUBMISSION_REJECTED, null,
                    "submission " + submission.id() + (accept ? " accepted" : " rejected") + " automatically: "
                            + decision.reason());
        }
        return forHumans;
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }

    /** Submissions this reviewer may decide: never their own work, never their own task. */
    public List<ReviewItem> queueFor(Caller reviewer) {
        List<ReviewItem> items = new ArrayList<>();
        for (Submission submission : assignments.awaitingDecision(QUEUE_LIMIT)) {
            Task task = tasks.get(submission.taskId());
            if (FourEyes.conflictOf(reviewer.subject(), submission, task).isEmpty()) {
                items.add(new ReviewItem(submission, task));
            }
        }
        return items;
    }

    public Submission decide(Caller reviewer, String submissionId, String decisionText, String reason) {
        Submission.Decision decision = parse(decisionText, reason);
        Submission submission = assignments.findSubmission(submissionId)
                .orElseThrow(() -> new SubmissionNotFoundException(submissionId));
        Task task = tasks.get(submission.taskId());
        if (task.status() != TaskStatus.IN_REVIEW) {
            throw new SubmissionNotFoundException(submissionId);
        }
        FourEyes.conflictOf(reviewer.subject(), submission, task).ifPresent(role -> {
            throw new FourEyesViolationException(submissionId, role);
        });
        Instant now = clock.now();
        String why = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        submission.decide(decision, reviewer.subject(), why, now);
        task.record(now, decision == Submission.Decision.ACCEPT ? TaskEventType.SUBMISSION_ACCEPTED
                        : TaskEventType.SUBMISSION_REJECTED, reviewer.subject(),
                "submission " + submissionId + " " + (decision == Submission.Decision.ACCEPT ? "accepted" : "rejected")
                        + " by a reviewer: " + why);
        workflow.completeReview(task, submissionId);
        return submission;
    }

    private static Submission.Decision parse(String decisionText, String reason) {
        List<Violation> violations = new ArrayList<>();
        Submission.Decision decision = null;
        if (decisionText == null) {
            violations.add(new Violation("decision", "is required: \"accept\" or \"reject\""));
        } else {
            switch (decisionText.toLowerCase(Locale.ROOT)) {
                case "accept" -> decision = Submission.Decision.ACCEPT;
                case "reject" -> decision = Submission.Decision.REJECT;
                default -> violations.add(new Violation("decision", "must be \"accept\" or \"reject\""));
            }
        }
        if (decision == Submission.Decision.REJECT && (reason == null || reason.isBlank())) {
            violations.add(new Violation("reason", "a rejection always carries a reason"));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            violations.add(new Violation("reason", "at most " + MAX_REASON + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return decision;
    }

    /** A submission waiting for review, with its task. */
    public record ReviewItem(Submission submission, Task task) {
    }
}
