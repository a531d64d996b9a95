package io.crowdflow.task.domain;

import io.crowdflow.shared.domain.ConflictException;

/** The task can no longer be cancelled: it is past the open stage, or work was submitted. */
public class TaskNotCancellableException extends ConflictException {

    public TaskNotCancellableException(String taskId, String why) {
        super("task " + taskId + " cannot be cancelled: " + why);
    }

    @Override
    public String problemSlug() {
        return "task-not-cancellable";
    }
}
