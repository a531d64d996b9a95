package io.crowdflow.review.domain;

import io.crowdflow.shared.domain.ConflictException;

/** The submission cannot be disputed (not rejected, disputed already, or its window has closed). */
public class DisputeNotPossibleException extends ConflictException {

    public DisputeNotPossibleException(String submissionId, String why) {
        super("submission " + submissionId + " cannot be disputed: " + why);
    }

    @Override
    public String problemSlug() {
        return "dispute-not-possible";
    }
}
