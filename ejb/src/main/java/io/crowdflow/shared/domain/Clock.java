package io.crowdflow.shared.domain;

import java.time.Instant;

/** The time as the platform sees it; one place to read it so tests and simulations can move it. */
public interface Clock {

    Instant now();
}
