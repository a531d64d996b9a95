package io.crowdflow.assignment.domain;

import io.crowdflow.shared.domain.ConflictException;

public class AlreadyDecidedException extends ConflictException {

    public AlreadyDecidedException(String submissionId) {
        super("submission " + submissionId + " has already been decided");
    }

    @Override
    public String problemSlug() {
        return "review-already-decided";
    }
}
