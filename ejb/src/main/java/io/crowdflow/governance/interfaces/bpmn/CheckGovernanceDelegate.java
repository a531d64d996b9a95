package io.crowdflow.governance.interfaces.bpmn;

import io.crowdflow.governance.application.GovernanceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static io.crowdflow.platform.process.TaskLifecycleModel.*;

/** ServiceTask_CheckGovernance: the governance rules decide whether the posted task may run. */
@Named("checkGovernanceDelegate")
@ApplicationScoped
public class CheckGovernanceDelegate implements JavaDelegate {

    @Inject
    GovernanceService governance;

    @Override
    public void execute(DelegateExecution execution) {
        String taskId = (String) execution.getVariable(TASK_ID);
        execution.setVariable(GOVERNANCE_APPROVED, governance.checkTask(taskId));
    }
}
