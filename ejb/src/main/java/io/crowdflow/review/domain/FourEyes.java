package io.crowdflow.review.domain;

import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.task.domain.Task;

import java.util.Optional;

/**
 * A submission is never reviewed by the person who did the work nor by the task's requester; a dispute is
 * never decided by them nor by the reviewer whose rejection is disputed.
 */
public final class FourEyes {

    private FourEyes() {
    }

    /** The role that bars the reviewer from this submission, if any. */
    public static Optional<String> conflictOf(String reviewerId, Submission submission, Task task) {
        if (submission.workerId().equals(reviewerId)) {
            return Optional.of("worker");
        }
        if (task.isOwnedBy(reviewerId)) {
            return Optional.of("requester");
        }
        return Optional.empty();
    }

    /**
     * The role that bars the reviewer from deciding a dispute: the worker, the requester, or the reviewer who
     * made the rejection being disputed.
     */
    public static Optional<String> conflictOf(String reviewerId, Dispute dispute, Submission submission, Task task) {
        Optional<String> conflict = conflictOf(reviewerId, submission, task);
        if (conflict.isEmpty() && reviewerId.equals(dispute.rejectedBy())) {
            return Optional.of("rejecting reviewer");
        }
        return conflict;
    }
}
