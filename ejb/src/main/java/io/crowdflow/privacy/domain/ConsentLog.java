package io.crowdflow.privacy.domain;

import java.util.List;

/** The audit trail of consent changes. */
public interface ConsentLog {

    void add(ConsentEvent event);

    /** The person's changes, oldest first. */
    List<ConsentEvent> of(String personId);
}
