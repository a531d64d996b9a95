package io.crowdflow.assignment.interfaces.bpmn;

import io.crowdflow.assignment.application.AssignmentService;
import io.crowdflow.assignment.domain.Assignment;

import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static io.crowdflow.platform.process.TaskLifecycleModel.*;

/** ServiceTask_AssignWorker: fills this slot (variables local to the slot), or says no one is eligible. */
@Named("assignWorkerDelegate")
@ApplicationScoped
public class AssignWorkerDelegate implements JavaDelegate {

    @Inject
    AssignmentService assignments;

    @Override
    public void execute(DelegateExecution execution) {
        Optional<Assignment> assignment = assignments.assignSlot((String) execution.getVariable(TASK_ID));
        execution.setVariableLocal(WORKER_FOUND, assignment.isPresent());
        execution.setVariableLocal(ASSIGNMENT_ID, assignment.map(Assignment::id).orElse(null));
        execution.setVariableLocal(ASSIGNEE, assignment.map(Assignment::workerId).orElse(null));
    }
}
