package io.crowdflow.assignment.interfaces.bpmn;

import io.crowdflow.assignment.application.AssignmentService;
import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.platform.process.StepSettings;

import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static io.crowdflow.platform.process.TaskLifecycleModel.*;

/**
 * ServiceTask_AssignWorker: fills this slot (variables local to the slot), or says no one is eligible; with the
 * policy the step's setting {@code assignmentPolicy} names, else the configured one.
 */
@Named("assignWorkerDelegate")
@ApplicationScoped
public class AssignWorkerDelegate implements JavaDelegate {

    @Inject
    AssignmentService assignments;

    @Override
    public void execute(DelegateExecution execution) {
        Optional<Assignment> assignment = assignments.assignSlot((String) execution.getVariable(TASK_ID),
                StepSettings.text(execution, StepSettings.ASSIGNMENT_POLICY));
        execution.setVariableLocal(WORKER_FOUND, assignment.isPresent());
        execution.setVariableLocal(ASSIGNMENT_ID, assignment.map(Assignment::id).orElse(null));
        execution.setVariableLocal(ASSIGNEE, assignment.map(Assignment::workerId).orElse(null));
    }
}
