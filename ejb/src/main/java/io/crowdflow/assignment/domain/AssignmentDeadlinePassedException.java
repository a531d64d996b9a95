package io.crowdflow.assignment.domain;

import io.crowdflow.shared.domain.ConflictException;

import java.time.Instant;

public class AssignmentDeadlinePassedException extends ConflictException {

    public AssignmentDeadlinePassedException(String id, Instant dueAt) {
        super("assignment " + id + " was due " + dueAt + "; its slot is going back to assignment");
    }

    @Override
    public String problemSlug() {
        return "assignment-deadline-passed";
    }
}
