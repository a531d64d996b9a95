package io.crowdflow.rules.retention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the retention rules decided for one record, and which rows said so. The generated rules write into
 * it; the first row that orders an action wins (later ones are not even tried), every matching legal-hold
 * row adds its hold. With no matching action row the action is {@link RetentionAction#KEEP} and
 * {@link #actionRow()} is null.
 */
public final class RetentionDecision {

    private RetentionAction action = RetentionAction.KEEP;
    private RetentionPeriod keepFor;
    private String actionRow;
    private String actionRowText;
    private boolean actionDecided;
    private final List<String> holdRows = new ArrayList<>();
    private final List<String> firedRules = new ArrayList<>();

    /** Called by a generated rule: the row {@code ref} orders {@code action} after {@code keepFor}. */
    public void decide(String action, String keepFor, String ref, String text) {
        if (actionDecided) {
            return;
        }
        this.action = RetentionAction.valueOf(action);
        this.keepFor = keepFor == null || keepFor.isEmpty() ? null : RetentionPeriod.parse(keepFor);
        this.actionRow = ref;
        this.actionRowText = text;
        this.actionDecided = true;
    }

    /** Called by a generated rule: the row {@code ref} puts the record on legal hold. */
    public void hold(String ref) {
        holdRows.add(ref);
    }

    void recordFiredRule(String name) {
        firedRules.add(name);
    }

    public boolean isActionDecided() {
        return actionDecided;
    }

    public RetentionAction action() {
        return action;
    }

    /** How long the content stays in its state before {@link #action()}; null for keep. */
    public RetentionPeriod keepFor() {
        return keepFor;
    }

    /** The row that decided the action ({@code Retention!4}), or null when no row matched. */
    public String actionRow() {
        return actionRow;
    }

    /** That row in words. */
    public String actionRowText() {
        return actionRowText;
    }

    public boolean legalHold() {
        return !holdRows.isEmpty();
    }

    public List<String> holdRows() {
        return Collections.unmodifiableList(holdRows);
    }

    /** The names of the generated rules that fired, in order. */
    public List<String> firedRules() {
        return Collections.unmodifiableList(firedRules);
    }
}
