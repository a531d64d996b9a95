package io.crowdflow.review.infrastructure.camunda;

import java.util.Objects;
import java.util.Optional;

import io.crowdflow.platform.process.TaskLifecycleModel;
import io.crowdflow.review.domain.DisputeWorkflow;
import io.crowdflow.task.domain.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;

/** The dispute steps of {@code TaskLifecycle}, found by the {@code submissionId} of their sub-process instance. */
@ApplicationScoped
public class CamundaDisputeWorkflow implements DisputeWorkflow {

    @Inject
    ProcessEngine engine;

    @Override
    public boolean windowOpen(Task task, String submissionId) {
        return step(task, TaskLifecycleModel.TASK_DISPUTE_REJECTION, submissionId).isPresent();
    }

    @Override
    public void disputeFiled(Task task, String submissionId) {
        complete(task, TaskLifecycleModel.TASK_DISPUTE_REJECTION, submissionId);
    }

    @Override
    public void disputeDecided(Task task, String submissionId) {
        complete(task, TaskLifecycleModel.TASK_DECIDE_DISPUTE, submissionId);
    }

    private void complete(Task task, String step, String submissionId) {
        org.camunda.bpm.engine.task.Task open = step(task, step, submissionId).orElseThrow(() ->
                new IllegalStateException("no open " + step + " for submission " + submissionId + " on task " + task.id()));
        engine.getTaskService().complete(open.getId());
    }

    private Optional<org.camunda.bpm.engine.task.Task> step(Task task, String step, String submissionId) {
        var taskService = engine.getTaskService();
        return taskService.createTaskQuery().processInstanceId(task.processInstanceId()).taskDefinitionKey(step)
                .list().stream()
                .filter(t -> Objects.equals(submissionId, taskService.getVariable(t.getId(),
                        TaskLifecycleModel.SUBMISSION_ID)))
                .findFirst();
    }
}
