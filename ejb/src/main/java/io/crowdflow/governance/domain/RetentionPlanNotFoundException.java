package io.crowdflow.governance.domain;

import io.crowdflow.shared.domain.NotFoundException;

public class RetentionPlanNotFoundException extends NotFoundException {

    public RetentionPlanNotFoundException(String taskId) {
        super("task " + taskId + " has no retention plan (it is not settled yet, or does not exist)");
    }

    @Override
    public String problemSlug() {
        return "retention-plan-not-found";
    }
}
