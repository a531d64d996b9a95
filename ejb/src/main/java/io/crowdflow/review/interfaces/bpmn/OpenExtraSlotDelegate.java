package io.crowdflow.review.interfaces.bpmn;

import static io.crowdflow.platform.process.TaskLifecycleModel.SLOTS_TO_OPEN;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * ServiceTask_OpenExtraSlot (dynamic overlap): the assignment sub-process opens one slot this time. The task
 * went back to work, with its reason, in automatic review's transaction.
 */
@Named("openExtraSlotDelegate")
@ApplicationScoped
public class OpenExtraSlotDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(SLOTS_TO_OPEN, 1);
    }
}
