package io.crowdflow.task.domain;

import java.time.Duration;

/** The running life of tasks: a port onto the process engine. */
public interface TaskWorkflow {

    /** Starts the task's lifecycle; returns the process instance id. Runs in the caller's transaction. */
    String start(Task task, Duration assignmentRetryInterval);

    /** The assignee's work on this task is done: the work step of their slot completes. */
    void completeWork(Task task, String workerId);

    /** The task was cancelled: its lifecycle ends now, with its open steps and timers. */
    void cancel(Task task, String reason);

    /** The review of one submission is decided: its review step completes. */
    void completeReview(Task task, String submissionId);
}
