package io.crowdflow.shared.domain;

import java.time.Instant;

/** The caller asked for more than a limit allows now; it may be asked again after {@link #retryAfter()}. */
public abstract class LimitExceededException extends CrowdflowException {

    private final Instant retryAfter;

    protected LimitExceededException(String message, Instant retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Instant retryAfter() {
        return retryAfter;
    }

    @Override
    public String title() {
        return "Limit reached";
    }
}
