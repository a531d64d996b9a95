package io.crowdflow.rules.review;

import java.util.Objects;

/**
 * What one review rule concluded about one submission.
 *
 * @param submissionId the submission
 * @param ruleName     the rule's name (a sentence): the reason shown and stored
 * @param action       flag or reject
 * @param detail       a short explanation with the figures that made the rule fire, never the answer itself
 */
public record ReviewFinding(String submissionId, String ruleName, ReviewAction action, String detail) {

    public ReviewFinding {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(action, "action");
        if (action == ReviewAction.PASS) {
            throw new IllegalArgumentException("A finding flags or rejects");
        }
    }
}
