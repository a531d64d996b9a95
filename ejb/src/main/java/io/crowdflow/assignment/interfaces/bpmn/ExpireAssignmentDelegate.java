package io.crowdflow.assignment.interfaces.bpmn;

import io.crowdflow.assignment.application.AssignmentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static io.crowdflow.platform.process.TaskLifecycleModel.*;

/** ServiceTask_ExpireAssignment: the deadline passed; the assignment closes and the slot is assigned again. */
@Named("expireAssignmentDelegate")
@ApplicationScoped
public class ExpireAssignmentDelegate implements JavaDelegate {

    @Inject
    AssignmentService assignments;

    @Override
    public void execute(DelegateExecution execution) {
        assignments.expire((String) execution.getVariable(ASSIGNMENT_ID));
    }
}
