package io.crowdflow.shared.application;

import io.crowdflow.shared.domain.Clock;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Wall-clock time, truncated to microseconds (what both H2 and PostgreSQL store). */
@ApplicationScoped
public class SystemClock implements Clock {

    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
