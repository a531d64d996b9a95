package io.crowdflow.platform.interfaces.rest;

import io.crowdflow.platform.domain.LifecyclePin;

import java.time.Instant;

/** A task type's pin on a lifecycle model version, as the API shows it. */
public record LifecyclePinView(String taskType, String processKey, int version, String pinnedBy, Instant pinnedAt,
                               String reason) {

    static LifecyclePinView of(LifecyclePin pin) {
        return new LifecyclePinView(pin.taskType(), "TaskLifecycle", pin.version(), pin.pinnedBy(), pin.pinnedAt(),
                pin.reason());
    }
}
