package io.crowdflow.task.infrastructure.camunda;

import io.crowdflow.platform.process.TaskLifecycleModel;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;

import java.time.Duration;
import java.util.Objects;

/** The task lifecycle on Camunda's engine: one process instance per task, business key = task id. */
@ApplicationScoped
public class CamundaTaskWorkflow implements TaskWorkflow {

    @Inject
    ProcessEngine engine;

    @Override
    public String start(Task task, Duration assignmentRetryInterval) {
        return engine.getRuntimeService().startProcessInstanceByKey(TaskLifecycleModel.PROCESS_KEY, task.id(),
                Variables.createVariables()
                        .putValue(TaskLifecycleModel.TASK_ID, task.id())
                        .putValue(TaskLifecycleModel.REDUNDANCY, task.redundancy())
                        .putValue(TaskLifecycleModel.SLOTS_TO_OPEN, task.redundancy())
                        .putValue(TaskLifecycleModel.DEADLINE, task.deadline().toString())
                        .putValue(TaskLifecycleModel.ASSIGNMENT_RETRY_INTERVAL, assignmentRetryInterval.toString()))
                .getId();
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
