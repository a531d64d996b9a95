package io.crowdflow.governance.domain;

import io.crowdflow.rules.retention.RetentionAction;
import io.crowdflow.rules.retention.RetentionPeriod;

import java.util.List;

/**
 * What the retention rules decided for one task's content in its current state.
 *
 * @param rulesetVersion the rule-set version that decided (0 = the built-in default)
 * @param source         that version in words: {@code rule set v3} or the default's setting
 * @param action         what happens after {@code keepFor}; KEEP when no row matched
 * @param keepFor        how long the content stays in its state first; null for KEEP
 * @param row            the row that decided ({@code Retention!4}); null when none matched
 * @param rowText        that row in words
 * @param holdRows       the rows that place a legal hold (empty: no hold)
 */
public record RetentionVerdict(int rulesetVersion, String source, RetentionAction action, RetentionPeriod keepFor,
                               String row, String rowText, List<String> holdRows) {

    public RetentionVerdict {
        holdRows = List.copyOf(holdRows);
    }

    public boolean legalHold() {
        return !holdRows.isEmpty();
    }

    /** Why, in words: {@code rule set v3, row Retention!4 (…)} or {@code rule set v3: no row matched}. */
    public String because() {
        String why = row == null ? source + ": no row matched, the content is kept" : source + ", row " + row + " (" + rowText + ")";
        return legalHold() ? why + "; legal hold by row " + String.join(", ", holdRows) : why;
    }
}
