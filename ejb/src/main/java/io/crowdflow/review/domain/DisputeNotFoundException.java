package io.crowdflow.review.domain;

import io.crowdflow.shared.domain.NotFoundException;

public class DisputeNotFoundException extends NotFoundException {

    public DisputeNotFoundException(String id) {
        super("no dispute " + id + " is waiting for a decision");
    }

    @Override
    public String problemSlug() {
        return "dispute-not-found";
    }
}
