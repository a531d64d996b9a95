package io.crowdflow.review.interfaces.bpmn;

import static io.crowdflow.platform.process.TaskLifecycleModel.DISPUTABLE_SUBMISSION_IDS;
import static io.crowdflow.platform.process.TaskLifecycleModel.DISPUTE_WINDOW;
import static io.crowdflow.platform.process.TaskLifecycleModel.TASK_ID;

import java.util.ArrayList;

import io.crowdflow.platform.process.StepSettings;
import io.crowdflow.review.application.DisputeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * ServiceTask_OpenDisputeWindow: each rejected submission may now be disputed, within the window: the step's setting
 * {@code disputeWindow} when the model gives one, else the configured {@code crowdflow.review.dispute-window}.
 */
@Named("openDisputeWindowDelegate")
@ApplicationScoped
public class OpenDisputeWindowDelegate implements JavaDelegate {

    @Inject
    DisputeService disputes;

    @Override
    public void execute(DelegateExecution execution) {
        String taskId = (String) execution.getVariable(TASK_ID);
        execution.setVariable(DISPUTABLE_SUBMISSION_IDS, new ArrayList<>(disputes.disputableSubmissions(taskId)));
        String window = StepSettings.text(execution, StepSettings.DISPUTE_WINDOW);
        execution.setVariable(DISPUTE_WINDOW, window != null ? window : disputes.disputeWindow());
    }
}
