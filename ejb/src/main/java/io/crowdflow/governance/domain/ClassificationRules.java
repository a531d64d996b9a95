package io.crowdflow.governance.domain;

import io.crowdflow.task.domain.Task;

/** Classification tables: checks uploads, and classifies a task's content with a given version. */
public interface ClassificationRules {

    /**
     * Validates an upload and compiles the governance rules with it.
     *
     * @throws RuleSetRefusedException with the problems by sheet, row and column
     */
    CheckedTable check(String fileName, byte[] content);

    /** What the governance rules decide for the task with {@code table} (null: the rules of the jar alone). */
    GovernanceDecision evaluate(RuleSet table, Task task);
}
