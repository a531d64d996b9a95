package io.crowdflow.assignment.domain;

import java.util.Collection;
import java.util.Set;

/**
 * Who has not granted the purpose {@value #PURPOSE}: those workers are assigned on
 * non-personalised features (no track record), and their outcomes are not learned from. The consent
 * record itself belongs to the governance context; this port lets it plug in.
 */
public interface ProfilingConsents {

    String PURPOSE = "assignment-profiling";

    /** The ids among {@code personIds} that have not granted {@link #PURPOSE}. */
    Set<String> withoutConsent(Collection<String> personIds);
}
