package io.crowdflow.identity.domain;

import java.util.Optional;

/** The registration of each person, read at every call ({@link Registration}). */
public interface Registrations {

    /** The person's registration, if they are registered. */
    Optional<Registration> of(String personId);
}
