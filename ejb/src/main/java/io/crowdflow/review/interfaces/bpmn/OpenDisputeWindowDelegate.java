package io.crowdflow.review.interfaces.bpmn;

import static io.crowdflow.platform.process.TaskLifecycleModel.DISPUTABLE_SUBMISSION_IDS;
import static io.crowdflow.platform.process.TaskLifecycleModel.DISPUTE_WINDOW;
import static io.crowdflow.platform.process.TaskLifecycleModel.TASK_ID;

import java.util.ArrayList;

import io.crowdflow.review.application.DisputeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** ServiceTask_OpenDisputeWindow: each rejected submission may now be disputed, within the window. */
@Named("openDisputeWindowDelegate")
@ApplicationScoped
public class OpenDisputeWindowDelegate implements JavaDelegate {

    @Inject
    DisputeService disputes;

    @Override
    public void execute(DelegateExecution execution) {
        String taskId = (String) execution.getVariable(TASK_ID);
        execution.setVariable(DISPUTABLE_SUBMISSION_IDS, new ArrayList<>(disputes.disputableSubmissions(taskId)));
        execution.setVariable(DISPUTE_WINDOW, disputes.disputeWindow());
    }
}
