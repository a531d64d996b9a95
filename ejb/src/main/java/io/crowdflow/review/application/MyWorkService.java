package io.crowdflow.review.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.identity.domain.Caller;
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

    /** The worker's latest submissions with the decision, its reason and any dispute; never anyone else's. */
    public List<MySubmission> submissionsOf(Caller worker) {
        List<MySubmission> mine = new ArrayList<>();
        for (Submission submission : assignments.submissionsOfWorker(worker.subject(), LIMIT)) {
            Task task = tasks.get(submission.taskId());
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
