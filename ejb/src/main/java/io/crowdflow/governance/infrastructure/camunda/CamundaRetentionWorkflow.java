package io.crowdflow.governance.infrastructure.camunda;

import io.crowdflow.governance.domain.RetentionWorkflow;
import io.crowdflow.platform.process.TaskLifecycleModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

import java.time.Instant;
import java.util.Date;

/** Moves the job of {@code Timer_RetentionEnds} of a task's process instance when its plan changes. */
@ApplicationScoped
public class CamundaRetentionWorkflow implements RetentionWorkflow {

    @Inject
    ProcessEngine engine;

    @Override
    public void rescheduleRetentionTimer(String processInstanceId, Instant dueAt) {
        if (processInstanceId == null) {
            return;
        }
        Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                .activityId(TaskLifecycleModel.TIMER_RETENTION_ENDS).singleResult();
        if (job != null) {
            engine.getManagementService().setJobDuedate(job.getId(), Date.from(dueAt));
        }
    }
}
