package io.crowdflow.task.domain;

import io.crowdflow.shared.domain.NotFoundException;

public class TaskNotFoundException extends NotFoundException {

    public TaskNotFoundException(String id) {
        super("no task " + id + " is visible to you");
    }

    @Override
    public String problemSlug() {
        return "task-not-found";
    }
}
