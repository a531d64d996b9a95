package io.crowdflow.assignment.infrastructure.mahout;

/** One worker's reviewed work on one task type: how much of it was accepted. */
public record TypePreference(String workerId, String taskType, int accepted, int decided) {

    /** The preference Taste learns from: the share of accepted work, in [0, 1]. */
    public float value() {
        return decided == 0 ? 0f : (float) accepted / decided;
    }
}
