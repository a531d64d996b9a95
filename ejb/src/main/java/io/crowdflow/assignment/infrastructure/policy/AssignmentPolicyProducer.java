package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.application.AssignmentSettings;
import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.BanditStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The policy named by {@code crowdflow.assignment.policy}; LinUCB unless configured otherwise. */
@ApplicationScoped
public class AssignmentPolicyProducer {

    @Inject
    AssignmentSettings settings;

    @Inject
    BanditStatistics statistics;

    @Produces
    @ApplicationScoped
    AssignmentPolicy policy() {
        return select(settings.policy(), statistics, settings.alpha(), settings.seed());
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
