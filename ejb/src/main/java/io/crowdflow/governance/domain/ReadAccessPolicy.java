package io.crowdflow.governance.domain;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.access.ReadDecision;
import io.crowdflow.rules.access.ReadRequest;

import java.util.List;

/**
 * Who may read what: one decision per item the platform is about to show, naming the rules that decided it and
 * whether the read belongs in the governance audit. The decision is made by rules, never by the caller.
 */
public interface ReadAccessPolicy {

    /** One decision per request, in the same order. */
    List<ReadDecision> decide(Caller reader, List<ReadRequest> requests);
}
