package io.crowdflow.review.domain;

import io.crowdflow.shared.domain.ConflictException;

import java.time.Instant;

/** A second withdrawal of a gold item: the first one stands, with its author and reason. */
public class GoldItemAlreadyWithdrawnException extends ConflictException {

    public GoldItemAlreadyWithdrawnException(String id, Instant withdrawnAt) {
        super("gold item " + id + " was withdrawn already at " + withdrawnAt + "; that withdrawal and its reason stand");
    }

    @Override
    public String problemSlug() {
        return "gold-item-withdrawn";
    }
}
