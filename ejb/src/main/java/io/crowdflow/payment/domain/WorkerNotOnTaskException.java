package io.crowdflow.payment.domain;

import io.crowdflow.shared.domain.UnprocessableException;

/** A bonus for someone who did not submit work to the task. */
public class WorkerNotOnTaskException extends UnprocessableException {

    public WorkerNotOnTaskException(String taskId) {
        super("the worker has no submission on task " + taskId + "; a bonus goes to someone who worked on it");
    }

    @Override
    public String problemSlug() {
        return "worker-not-on-task";
    }
}
