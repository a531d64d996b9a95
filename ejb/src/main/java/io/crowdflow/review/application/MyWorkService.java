package io.crowdflow.review.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.governance.application.ReadAccess;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.access.ReadDecision;
import io.crowdflow.rules.access.ReadRequest;
import io.crowdflow.review.domain.Dispute;
import io.crowdflow.review.domain.DisputeRepository;
import io.crowdflow.review.domain.DisputeWorkflow;
import io.crowdflow.review.domain.Reputation;
import io.crowdflow.review.domain.Reputations;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** What a worker may see of the review of their own work: decisions with reasons, and their reputation. */
@Stateless
public class MyWorkService {

    static final int LIMIT = 100;

    @Inject
    AssignmentRepository assignments;

    @Inject
    TaskRepository tasks;

    @Inject
    DisputeRepository disputes;

    @Inject
    DisputeWorkflow disputeWorkflow;

    @Inject
    Reputations reputations;

    @Inject
    ReadAccess readAccess;

    /**
     * The worker's latest submissions with the decision, its reason and any dispute; never anyone else's (the
     * query asks for the worker's own, and the read-access rules check each).
     */
    public List<MySubmission> submissionsOf(Caller worker) {
        List<Submission> submissions = assignments.submissionsOfWorker(worker.subject(), LIMIT);
        List<Task> taskOf = submissions.stream().map(s -> tasks.get(s.taskId())).toList();
        List<ReadDecision> decisions = readAccess.decide(worker, java.util.stream.IntStream.range(0, submissions.size())
                .mapToObj(i -> ReadRequest.submission(submissions.get(i).id(), taskOf.get(i).id(),
                        ReadAccess.classOf(taskOf.get(i).dataClass()), taskOf.get(i).requesterId(),
                        submissions.get(i).workerId())).toList());
        List<MySubmission> mine = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            if (!decisions.get(i).isAllowed()) {
                continue;
            }
            Submission submission = submissions.get(i);
            Task task = taskOf.get(i);
            Optional<Dispute> dispute = disputes.ofSubmission(submission.id());
            boolean disputable = submission.decision() == Submission.Decision.REJECT && dispute.isEmpty()
                    && task.status() == TaskStatus.IN_REVIEW && disputeWorkflow.windowOpen(task, submission.id());
            mine.add(new MySubmission(submission, task, dispute.orElse(null), disputable));
        }
        return mine;
    }

    /** The worker's reputation per task type, with the figures behind each. */
    public List<Reputation> reputationOf(Caller worker) {
        return reputations.ofWorker(worker.subject());
    }

    /** One of the worker's submissions, its task, its dispute (or null) and whether it can be disputed now. */
    public record MySubmission(Submission submission, Task task, Dispute dispute, boolean disputable) {
    }
}
