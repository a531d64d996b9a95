package io.crowdflow.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * Root of the platform's expected failures. Each carries a stable problem slug that the REST layer
 * turns into an RFC 9457 {@code type}; the transaction that raised it is always rolled back.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class CrowdflowException extends RuntimeException {

    protected CrowdflowException(String message) {
        super(message);
    }

    /** Stable, URL-safe name of the problem, e.g. {@code task-not-found}. */
    public abstract String problemSlug();

    /** Short human title of the problem family. */
    public abstract String title();
}
