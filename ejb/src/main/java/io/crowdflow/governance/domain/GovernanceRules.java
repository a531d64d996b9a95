package io.crowdflow.governance.domain;

import io.crowdflow.task.domain.Task;

/** Classifies a task's content and decides whether it may run on the platform. */
public interface GovernanceRules {

    GovernanceDecision evaluate(Task task);
}
