package io.crowdflow.rules.classification;

import io.crowdflow.rules.governance.DataClass;
import io.crowdflow.rules.governance.FindingKind;

/**
 * One validated row of a classification table: a finding of {@code detector}, in a task of {@code taskType}
 * posted for {@code region}, puts the task in {@code dataClass}. A null condition matches anything.
 */
public record ClassificationRow(String sheet, int row, FindingKind detector, String taskType, String region,
                                DataClass dataClass) {

    /** Where the row is: {@code Classification!4}. */
    public String ref() {
        return sheet + "!" + row;
    }

    String conditions() {
        return detector + "|" + taskType + "|" + region;
    }

    /** The row in words: {@code phone number in survey tasks for region EU is SENSITIVE}. */
    public String describe() {
        return ClassificationTableValidator.word(detector) + (taskType == null ? "" : " in " + taskType + " tasks")
                + (region == null ? "" : " for region " + region) + " is " + dataClass;
    }
}
