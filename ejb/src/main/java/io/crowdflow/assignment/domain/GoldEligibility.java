package io.crowdflow.assignment.domain;

import java.util.Map;

/**
 * Workers who may not get a slot of a task type because of their gold questions (an eligibility rule in
 * {@code rules/}, thresholds as data; docs/review.md#gold-questions).
 */
public interface GoldEligibility {

    /** Worker id → the reason (the rule's name) for each worker excluded from tasks of this type. */
    Map<String, String> exclusionsOf(String taskType);
}
