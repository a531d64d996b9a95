package io.crowdflow.review.domain;

import io.crowdflow.task.domain.Task;

/** The dispute steps of the task's process. */
public interface DisputeWorkflow {

    /** Whether the submission's rejection can still be disputed (its dispute window is open). */
    boolean windowOpen(Task task, String submissionId);

    /** The worker disputed: the dispute goes to a reviewer. */
    void disputeFiled(Task task, String submissionId);

    /** A reviewer decided the dispute. */
    void disputeDecided(Task task, String submissionId);
}
