package io.crowdflow.governance.domain;

import java.time.Instant;

/** The task lifecycle's archival stage as retention sees it: a timer that waits for the first planned action. */
public interface RetentionWorkflow {

    /** Moves the waiting retention timer of the process instance (if it is still waiting) to {@code dueAt}. */
    void rescheduleRetentionTimer(String processInstanceId, Instant dueAt);
}
