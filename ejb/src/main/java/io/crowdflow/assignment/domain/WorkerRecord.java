package io.crowdflow.assignment.domain;

import java.time.Instant;
import java.util.List;

/**
 * A worker's track record as the policy sees it when one task is assigned: review outcomes overall
 * and on the task's type, timeliness of closed assignments, open assignments now, and the
 * recommender's affinity to the task (0 until the recommender exists).
 */
public record WorkerRecord(String workerId, List<String> skills, int accepted, int decided, int acceptedOfType,
                           int decidedOfType, int onTime, int closed, int open, double affinity,
                           Instant lastAssignedAt) {

    public static WorkerRecord newcomer(String workerId, List<String> skills, int open, Instant lastAssignedAt) {
        return new WorkerRecord(workerId, skills, 0, 0, 0, 0, 0, 0, open, 0, lastAssignedAt);
    }

    /** Accepted share with a Beta(1, 1) prior: 0.5 for a newcomer. */
    public double reputation() {
        return (accepted + 1.0) / (decided + 2.0);
    }

    public double reputationOfType() {
        return (acceptedOfType + 1.0) / (decidedOfType + 2.0);
    }

    /** Share of closed assignments submitted in time, with a Beta(1, 1) prior. */
    public double onTimeRate() {
        return (onTime + 1.0) / (closed + 2.0);
    }
}
