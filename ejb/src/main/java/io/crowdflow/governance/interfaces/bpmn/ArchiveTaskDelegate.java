package io.crowdflow.governance.interfaces.bpmn;

import io.crowdflow.governance.application.RetentionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static io.crowdflow.platform.process.TaskLifecycleModel.*;

/**
 * ServiceTask_ArchiveTask: the retention timer ended; the task's planned retention action (archive or
 * pseudonymise, as the active retention rules say) runs if it is due. Later stages (purge) are run by the
 * retention enforcer.
 */
@Named("archiveTaskDelegate")
@ApplicationScoped
public class ArchiveTaskDelegate implements JavaDelegate {

    @Inject
    RetentionService retention;

    @Override
    public void execute(DelegateExecution execution) {
        retention.executeDue((String) execution.getVariable(TASK_ID));
    }
}
