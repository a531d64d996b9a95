package io.crowdflow.review.domain;

import io.crowdflow.shared.domain.NotFoundException;

/** No such gold item, or it is neither the caller's nor the caller an admin (never told apart). */
public class GoldItemNotFoundException extends NotFoundException {

    public GoldItemNotFoundException(String id) {
        super("no gold item " + id + " of yours");
    }

    @Override
    public String problemSlug() {
        return "gold-item-not-found";
    }
}
