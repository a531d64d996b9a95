package io.crowdflow.assignment.infrastructure.policy;

import io.crowdflow.assignment.domain.BanditStatistics;
import io.crowdflow.assignment.domain.bandit.LinearBanditModel;

/** Statistics held in memory only: the simulator, benchmarks and tests. */
public class InMemoryBanditStatistics implements BanditStatistics {

    private final LinearBanditModel model;

    public InMemoryBanditStatistics(int dimension, double lambda) {
        this.model = LinearBanditModel.prior(dimension, lambda);
    }

    @Override
    public LinearBanditModel current() {
        return model;
    }

    @Override
    public void record(double[] features, double reward) {
        model.update(features, reward);
    }
}
