package io.crowdflow.review.domain;

import io.crowdflow.shared.domain.NotFoundException;

/** The caller has no submission with this id (someone else's is never told apart from none). */
public class DisputedSubmissionNotFoundException extends NotFoundException {

    public DisputedSubmissionNotFoundException(String id) {
        super("you have no submission " + id);
    }

    @Override
    public String problemSlug() {
        return "submission-not-found";
    }
}
