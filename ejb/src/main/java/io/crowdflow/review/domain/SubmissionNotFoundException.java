package io.crowdflow.review.domain;

import io.crowdflow.shared.domain.NotFoundException;

public class SubmissionNotFoundException extends NotFoundException {

    public SubmissionNotFoundException(String id) {
        super("no submission " + id + " is waiting for review");
    }

    @Override
    public String problemSlug() {
        return "review-not-found";
    }
}
