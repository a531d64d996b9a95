package io.crowdflow.governance.domain;

/** The retention decision table: checks uploads and decides a task's plan with a given version. */
public interface RetentionRules {

    /**
     * Validates an upload and compiles the rules generated from it.
     *
     * @throws RuleSetRefusedException with the problems by sheet, row and column
     */
    CheckedTable check(String fileName, byte[] content);

    /**
     * What {@code ruleSet} (null: the built-in default from {@code crowdflow.retention.period}) decides for
     * the content {@code plan} describes, in its current state.
     */
    RetentionVerdict decide(RuleSet ruleSet, RetentionPlan plan);
}
