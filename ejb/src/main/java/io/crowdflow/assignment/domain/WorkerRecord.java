package io.crowdflow.assignment.domain;

import java.time.Instant;
import java.util.List;

/**
 * A worker's track record as the policy sees it when one task is assigned: review outcomes overall
 * and on the task's type, timeliness of closed assignments, open assignments now, the
 * recommender's affinity to the task, and the reputation on the task's type that review estimated
 * from aggregation and gold ({@code estimatedAccuracyOfType}, NaN when there is none yet).
 */
public record WorkerRecord(String workerId, List<String> skills, int accepted, int decided, int acceptedOfType,
                           int decidedOfType, int onTime, int closed, int open, double affinity,
                           Instant lastAssignedAt, double estimatedAccuracyOfType) {

    /** Without an estimated reputation on the type: {@link #reputationOfType()} is the accepted share. */
    public WorkerRecord(String workerId, List<String> skills, int accepted, int decided, int acceptedOfType,
                        int decidedOfType, int onTime, int closed, int open, double affinity, Instant lastAssignedAt) {
        this(workerId, skills, accepted, decided, acceptedOfType, decidedOfType, onTime, closed, open, affinity,
                lastAssignedAt, Double.NaN);
    }

    public static WorkerRecord newcomer(String workerId, List<String> skills, int open, Instant lastAssignedAt) {
        return new WorkerRecord(workerId, skills, 0, 0, 0, 0, 0, 0, open, 0, lastAssignedAt);
    }

    /** Accepted share with a Beta(1, 1) prior: 0.5 for a newcomer. */
    public double reputation() {
        return (accepted + 1.0) / (decided + 2.0);
    }

    /**
     * The reputation on the task's type: review's estimate (Dawid-Skene over the type's answers and gold,
     * docs/review.md) when there is one, else the accepted share with a Beta(1, 1) prior.
     */
    public double reputationOfType() {
        if (!Double.isNaN(estimatedAccuracyOfType)) {
            return estimatedAccuracyOfType;
        }
        return (acceptedOfType + 1.0) / (decidedOfType + 2.0);
    }

    /** Share of closed assignments submitted in time, with a Beta(1, 1) prior. */
    public double onTimeRate() {
        return (onTime + 1.0) / (closed + 2.0);
    }
}
