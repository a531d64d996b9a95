package io.crowdflow.task.infrastructure.camunda;

import io.crowdflow.platform.domain.LifecyclePin;
import io.crowdflow.platform.domain.LifecyclePins;
import io.crowdflow.platform.process.TaskLifecycleModel;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The task lifecycle on Camunda's engine: one process instance per task, business key = task id. A task starts on
 * the latest version of the model, or on the version its task type is pinned to; the instance keeps that version.
 */
@ApplicationScoped
public class CamundaTaskWorkflow implements TaskWorkflow {

    private static final Logger LOG = Logger.getLogger(CamundaTaskWorkflow.class.getName());

    @Inject
    ProcessEngine engine;

    @Inject
    LifecyclePins pins;

    @Override
    public String start(Task task, Duration assignmentRetryInterval) {
        ProcessDefinition model = latest();
        String why = "the latest version " + model.getVersion() + " of " + TaskLifecycleModel.PROCESS_KEY;
        Optional<LifecyclePin> pin = pins.find(task.type());
        if (pin.isPresent()) {
            ProcessDefinition pinned = version(pin.get().version());
            if (pinned != null) {
                model = pinned;
                why = "version " + pinned.getVersion() + ", pinned for task type " + task.type() + ": "
                        + pin.get().reason();
            } else {
                why += "; the pinned version " + pin.get().version() + " no longer exists";
                LOG.warning("CROWDFLOW-02012 task type " + task.type() + " is pinned on version "
                        + pin.get().version() + ", which no longer exists; task " + task.id() + " starts on the latest");
            }
        }
        return engine.getRuntimeService().startProcessInstanceById(model.getId(), task.id(),
                Variables.createVariables()
                        .putValue(TaskLifecycleModel.TASK_ID, task.id())
                        .putValue(TaskLifecycleModel.REDUNDANCY, task.redundancy())
                        .putValue(TaskLifecycleModel.SLOTS_TO_OPEN, task.redundancy())
                        .putValue(TaskLifecycleModel.DEADLINE, task.deadline().toString())
                        .putValue(TaskLifecycleModel.ASSIGNMENT_RETRY_INTERVAL, assignmentRetryInterval.toString())
                        .putValue(TaskLifecycleModel.LIFECYCLE_VERSION_CHOICE, why))
                .getId();
    }

    private ProcessDefinition latest() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(TaskLifecycleModel.PROCESS_KEY).latestVersion().singleResult();
    }

    private ProcessDefinition version(int version) {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(TaskLifecycleModel.PROCESS_KEY).processDefinitionVersion(version).singleResult();
    }

    @Override
    public void completeWork(Task task, String workerId) {
        org.camunda.bpm.engine.task.Task work = engine.getTaskService().createTaskQuery()
                .processInstanceId(task.processInstanceId())
                .taskDefinitionKey(TaskLifecycleModel.TASK_DO_WORK)
                .taskAssignee(workerId)
                .singleResult();
        if (work == null) {
            throw new IllegalStateException("no open work step for worker " + workerId + " on task " + task.id());
        }
        engine.getTaskService().complete(work.getId());
    }

    @Override
    public void cancel(Task task, String reason) {
        if (task.processInstanceId() != null) {
            engine.getRuntimeService().deleteProcessInstanceIfExists(task.processInstanceId(), reason, false, true,
                    false, false);
        }
    }

    @Override
    public void completeReview(Task task, String submissionId) {
        var taskService = engine.getTaskService();
        org.camunda.bpm.engine.task.Task review = taskService.createTaskQuery()
                .processInstanceId(task.processInstanceId())
                .taskDefinitionKey(TaskLifecycleModel.TASK_REVIEW_SUBMISSION)
                .list().stream()
                .filter(t -> Objects.equals(submissionId,
                        taskService.getVariable(t.getId(), TaskLifecycleModel.SUBMISSION_ID)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no open review step for submission " + submissionId + " on task " + task.id()));
        taskService.complete(review.getId());
    }
}
