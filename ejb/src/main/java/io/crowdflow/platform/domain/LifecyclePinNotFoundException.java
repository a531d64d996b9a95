package io.crowdflow.platform.domain;

import io.crowdflow.shared.domain.NotFoundException;

/** The task type has no pin to clear. */
public class LifecyclePinNotFoundException extends NotFoundException {

    public LifecyclePinNotFoundException(String taskType) {
        super("task type " + taskType + " has no lifecycle pin; its tasks start on the latest version");
    }

    @Override
    public String problemSlug() {
        return "lifecycle-pin-not-found";
    }
}
