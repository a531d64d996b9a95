package io.crowdflow.governance.interfaces.bpmn;

import io.crowdflow.governance.application.RetentionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static io.crowdflow.platform.process.TaskLifecycleModel.*;

/** ServiceTask_PlanRetention: how long the content is kept before archival. */
@Named("planRetentionDelegate")
@ApplicationScoped
public class PlanRetentionDelegate implements JavaDelegate {

    @Inject
    RetentionService retention;

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(RETENTION_PERIOD,
                retention.planRetention((String) execution.getVariable(TASK_ID)).toString());
    }
}
