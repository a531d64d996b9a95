package io.crowdflow.assignment.domain;

import io.crowdflow.shared.domain.NotFoundException;

public class AssignmentNotFoundException extends NotFoundException {

    public AssignmentNotFoundException(String id) {
        super("no assignment " + id + " is yours");
    }

    @Override
    public String problemSlug() {
        return "assignment-not-found";
    }
}
