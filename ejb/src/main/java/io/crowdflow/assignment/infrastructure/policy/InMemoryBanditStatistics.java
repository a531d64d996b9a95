package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.domain.BanditStatistics;
import io.crowdflow.assignment.domain.bandit.HybridBanditModel;

/** Statistics held in memory only: the simulator, benchmarks and tests. */
public class InMemoryBanditStatistics implements BanditStatistics {

    private final HybridBanditModel model;

    public InMemoryBanditStatistics(int dimension, double lambda, double kappa) {
        this.model = HybridBanditModel.prior(dimension, lambda, kappa);
    }

    @Override
    public HybridBanditModel current() {
        return model;
    }

    @Override
    public void record(String taskType, String workerId, double[] features, double reward) {
        model.update(taskType, workerId, features, reward);
    }
}
