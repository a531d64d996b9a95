package io.crowdflow.notification.interfaces.bpmn;

import io.crowdflow.notification.application.NotificationService;
import io.crowdflow.notification.application.NotificationService.Occurrence;
import io.crowdflow.platform.process.StepSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static io.crowdflow.platform.process.StepSettings.NOTIFY_EVENT;
import static io.crowdflow.platform.process.StepSettings.NOTIFY_TARGET;
import static io.crowdflow.platform.process.TaskLifecycleModel.TASK_ID;

/**
 * A notify step (any service task with {@code ${notifyDelegate}}): sends the event named by the step's setting
 * {@code notifyEvent} to the webhook target named by {@code notifyTarget} (see {@link StepSettings}). The platform makes the step
 * asynchronous, so the event id is its job's id: the same on every retry of one passage, new on the next passage.
 */
@Named("notifyDelegate")
@ApplicationScoped
public class NotifyDelegate implements JavaDelegate {

    @Inject
    NotificationService notifications;

    @Override
    public void execute(DelegateExecution execution) {
        notifications.notify(StepSettings.text(execution, NOTIFY_EVENT), StepSettings.text(execution, NOTIFY_TARGET),
                new Occurrence(eventId(execution), (String) execution.getVariable(TASK_ID),
                        execution.getProcessInstanceId(), execution.getProcessDefinitionId(),
                        execution.getCurrentActivityId()));
    }

    private static String eventId(DelegateExecution execution) {
        Job job = execution.getProcessEngineServices().getManagementService().createJobQuery()
                .processInstanceId(execution.getProcessInstanceId()).activityId(execution.getCurrentActivityId())
                .messages().list().stream()
                .filter(j -> j.getExecutionId().equals(execution.getId())
                        || j.getExecutionId().equals(execution.getParentId()))
                .findFirst().orElse(null);
        String seed = job != null ? "job:" + job.getId() : "activity:" + execution.getActivityInstanceId();
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
