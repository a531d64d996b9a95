package io.crowdflow.assignment.domain;

import io.crowdflow.assignment.domain.bandit.LinearBanditModel;

/**
 * Where the learning policy's sufficient statistics live. Observations are additive, so stores on
 * several nodes merge without losing an update (docs/assignment.md).
 */
public interface BanditStatistics {

    /** The model with every observation known to this node folded in; callers must not modify it. */
    LinearBanditModel current();

    /** One outcome of an assignment made with these features: reward 1 (accepted) or 0 (rejected, expired). */
    void record(double[] features, double reward);
}
