package io.crowdflow.assignment.domain;

import java.util.Map;

/** Review's estimated reputation of each worker on a task type (docs/review.md#reputation): the repType feature. */
public interface TypeReputations {

    /** Worker id → estimated accuracy in [0, 1] on the type; workers without an estimate are absent. */
    Map<String, Double> ofType(String taskType);
}
