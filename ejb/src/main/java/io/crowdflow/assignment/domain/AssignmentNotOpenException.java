package io.crowdflow.assignment.domain;

import io.crowdflow.shared.domain.ConflictException;

public class AssignmentNotOpenException extends ConflictException {

    public AssignmentNotOpenException(String id, AssignmentStatus status) {
        super("assignment " + id + " is " + status.name().toLowerCase() + " and takes no more work");
    }

    @Override
    public String problemSlug() {
        return "assignment-not-open";
    }
}
