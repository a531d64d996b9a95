package io.crowdflow.review.domain;

import io.crowdflow.shared.domain.ConflictException;

public class DisputeAlreadyDecidedException extends ConflictException {

    public DisputeAlreadyDecidedException(String disputeId) {
        super("dispute " + disputeId + " has already been decided; the decision is final");
    }

    @Override
    public String problemSlug() {
        return "dispute-already-decided";
    }
}
