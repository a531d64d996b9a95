package io.crowdflow.rules.governance;

/**
 * A compliance officer's classification table changed the class one finding puts the task in.
 *
 * @param finding   the detector's finding (its own class is the built-in one)
 * @param dataClass the class the table gives it
 * @param tableRow  the row that decided, e.g. {@code Classification!3}
 * @param ruleName  the generated rule's name (the row in words)
 */
public record ClassOverride(DataFinding finding, DataClass dataClass, String tableRow, String ruleName) {
}
