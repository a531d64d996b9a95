package io.crowdflow.rules.retention;

/**
 * One validated row of a retention table. A condition that is null matches anything (the cell was empty or
 * {@code *}). A row either orders an action ({@code then}, with {@code keepFor} unless the action is keep),
 * places a legal hold, or both.
 *
 * @param sheet          the sheet it came from
 * @param row            its row number as the spreadsheet shows it
 * @param dataClass      PUBLIC, PERSONAL or SENSITIVE; null = any
 * @param taskType       a known task type; null = any
 * @param region         an upper-case region code such as EU or US-CA; null = any
 * @param lifecycleState settled, archived or pseudonymised; null = any
 * @param keepFor        how long the content stays in its state before the action; null with keep or no action
 * @param then           the action; null for a row that only places a legal hold
 * @param legalHold      whether matching content is on legal hold (no purge)
 */
public record RetentionRow(String sheet, int row, String dataClass, String taskType, String region,
                           LifecycleState lifecycleState, RetentionPeriod keepFor, RetentionAction then,
                           boolean legalHold) {

    /** Where the row is: {@code Retention!4}. */
    public String ref() {
        return sheet + "!" + row;
    }

    public boolean ordersAction() {
        return then != null;
    }

    /** The conditions only, to find rows that can never apply. */
    String conditions() {
        return dataClass + "|" + taskType + "|" + region + "|" + lifecycleState;
    }

    /** The row in words, e.g. {@code data class PERSONAL, task type survey, settled: keep P30D then archive}. */
    public String describe() {
        StringBuilder when = new StringBuilder();
        append(when, "data class", dataClass);
        append(when, "task type", taskType);
        append(when, "region", region);
        append(when, "state", lifecycleState == null ? null : lifecycleState.word());
        String conditions = when.isEmpty() ? "any content" : when.toString();
        String action = then == null ? "" : then == RetentionAction.KEEP ? "keep" : "keep " + keepFor + " then " + then.word();
        String hold = legalHold ? (action.isEmpty() ? "legal hold" : "; legal hold") : "";
        return conditions + ": " + action + hold;
    }

    private static void append(StringBuilder text, String name, String value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : ", ").append(name).append(' ').append(value);
        }
    }
}
