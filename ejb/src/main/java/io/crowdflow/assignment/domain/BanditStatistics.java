package io.crowdflow.assignment.domain;

import io.crowdflow.assignment.domain.bandit.HybridBanditModel;

/**
 * Where the learning policy's sufficient statistics live. Observations are additive, so stores on
 * several nodes merge without losing an update (docs/assignment.md).
 */
public interface BanditStatistics {

    /** The model with every observation known to this node folded in; callers must not modify it. */
    HybridBanditModel current();

    /**
     * One outcome of an assignment made with these features: reward 1 (accepted) or 0 (rejected, expired), for
     * the worker on the task's type (the arm).
     */
    void record(String taskType, String workerId, double[] features, double reward);
}
