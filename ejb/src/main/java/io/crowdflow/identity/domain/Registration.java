package io.crowdflow.identity.domain;

import java.time.Instant;

/**
 * What the platform holds of a registered person that their token can change: the name and the worker
 * flag, and whether they were erased. Read at every call, so it is read without their encrypted skills.
 */
public record Registration(String username, boolean worker, Instant erasedAt) {

    /**
     * True when the caller's token says what the platform already holds, so there is nothing to write. An
     * erased person is refused here ({@link PersonErasedException}), whatever their token says.
     */
    public boolean isCurrentFor(Caller caller) {
        if (erasedAt != null) {
            throw new PersonErasedException();
        }
        return username.equals(caller.username()) && worker == caller.hasRole(Caller.WORKER);
    }
}
