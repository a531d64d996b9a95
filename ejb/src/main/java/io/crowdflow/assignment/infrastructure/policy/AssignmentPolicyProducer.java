package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.application.AssignmentSettings;
import io.crowdflow.assignment.domain.AssignmentPolicies;
import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.BanditStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The policy named by {@code crowdflow.assignment.policy}; LinUCB unless configured otherwise. Also the policies by
 * name, for an assignment step whose model names its own policy (one instance per name).
 */
@ApplicationScoped
public class AssignmentPolicyProducer implements AssignmentPolicies {

    private final Map<String, AssignmentPolicy> byName = new ConcurrentHashMap<>();

    @Inject
    AssignmentSettings settings;

    @Inject
    BanditStatistics statistics;

    @Produces
    @ApplicationScoped
    AssignmentPolicy policy() {
        return select(settings.policy(), statistics, settings.alpha(), settings.seed());
    }

    @Override
    public AssignmentPolicy named(String name) {
        return byName.computeIfAbsent(name, n -> select(n, statistics, settings.alpha(), settings.seed()));
    }

    public static AssignmentPolicy select(String name, BanditStatistics statistics, double alpha, long seed) {
        return switch (name) {
            case "linucb" -> new LinUcbAssignmentPolicy(statistics, alpha);
            case "round-robin" -> new RoundRobinAssignmentPolicy();
            case "random" -> new RandomAssignmentPolicy(seed);
            case "best-reputation" -> new BestReputationAssignmentPolicy();
            default -> throw new IllegalStateException("setting crowdflow.assignment.policy must be linucb, "
                    + "round-robin, random or best-reputation, not " + name);
        };
    }
}
