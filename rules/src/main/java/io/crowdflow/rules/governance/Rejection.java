package io.crowdflow.rules.governance;

import java.util.Objects;

/**
 * Why a task was rejected.
 *
 * @param ruleName the name of the decision rule that rejected it (a sentence, e.g.
 *                 "Task content must not carry payment card numbers")
 * @param reason   a plain explanation for the requester
 */
public record Rejection(String ruleName, String reason) {

    public Rejection {
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(reason, "reason");
    }
}
