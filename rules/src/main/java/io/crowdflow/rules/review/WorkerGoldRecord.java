package io.crowdflow.rules.review;

import java.util.Objects;

/**
 * A worker's record on gold questions so far (not counting the task under review).
 *
 * @param workerId the worker
 * @param answered gold questions answered
 * @param correct  of which correctly
 */
public record WorkerGoldRecord(String workerId, int answered, int correct) {

    public WorkerGoldRecord {
        Objects.requireNonNull(workerId, "workerId");
        if (answered < 0 || correct < 0 || correct > answered) {
            throw new IllegalArgumentException("0 <= correct <= answered required");
        }
    }

    /** Share answered correctly; 1 when none answered. */
    public double getAccuracy() {
        return answered == 0 ? 1.0 : (double) correct / answered;
    }
}
