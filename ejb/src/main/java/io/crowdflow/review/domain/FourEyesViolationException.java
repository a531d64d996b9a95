package io.crowdflow.review.domain;

import io.crowdflow.shared.domain.NotPermittedException;

public class FourEyesViolationException extends NotPermittedException {

    public FourEyesViolationException(String submissionId, String role) {
        super("you are the " + role + " of submission " + submissionId + "; another reviewer must decide it");
    }

    @Override
    public String problemSlug() {
        return "four-eyes-violation";
    }
}
