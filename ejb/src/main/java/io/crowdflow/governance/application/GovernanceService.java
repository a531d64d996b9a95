package io.crowdflow.governance.application;

import io.crowdflow.governance.domain.GovernanceDecision;
import io.crowdflow.governance.domain.GovernanceRules;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The governance check of a posted task: its outcome and the rules behind it go on the task's history. */
@Stateless
public class GovernanceService {

    @Inject
    GovernanceRules rules;

    @Inject
    TaskRepository tasks;

    @Inject
    Clock clock;

    /** @return whether the task may go on; a refused task ends here, rejected, with the rule named */
    public boolean checkTask(String taskId) {
        Task task = tasks.get(taskId);
        GovernanceDecision decision = rules.evaluate(task);
        if (decision.approved()) {
            task.approveByGovernance(decision.dataClass(), decision.requiredConsents(), clock.now(),
                    decision.explanation());
        } else {
            task.rejectByGovernance(decision.dataClass(), clock.now(), decision.explanation());
        }
        return decision.approved();
    }
}
