package io.crowdflow.governance.infrastructure.drools;

import io.crowdflow.governance.domain.ReadAccessPolicy;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.access.ReadAccessRuleBase;
import io.crowdflow.rules.access.ReadDecision;
import io.crowdflow.rules.access.ReadRequest;
import io.crowdflow.rules.access.Reader;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The read-access rule base of {@code rules/} (Drools, {@code read-access.drl}), compiled once per deployment. */
@ApplicationScoped
public class DroolsReadAccessPolicy implements ReadAccessPolicy {

    private ReadAccessRuleBase ruleBase;

    @PostConstruct
    void compile() {
        ruleBase = new ReadAccessRuleBase();
    }

    @Override
    public List<ReadDecision> decide(Caller reader, List<ReadRequest> requests) {
        return ruleBase.decide(new Reader(reader.subject(), reader.roles()), requests);
    }
}
