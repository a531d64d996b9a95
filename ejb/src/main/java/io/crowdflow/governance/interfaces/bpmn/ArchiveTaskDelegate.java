package io.crowdflow.governance.interfaces.bpmn;

import io.crowdflow.governance.application.RetentionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static io.crowdflow.platform.process.TaskLifecycleModel.*;

/** ServiceTask_ArchiveTask: retention ended; content is archived and pseudonymised. */
@Named("archiveTaskDelegate")
@ApplicationScoped
public class ArchiveTaskDelegate implements JavaDelegate {

    @Inject
    RetentionService retention;

    @Override
    public void execute(DelegateExecution execution) {
        retention.archive((String) execution.getVariable(TASK_ID), (String) execution.getVariable(RETENTION_PERIOD));
    }
}
