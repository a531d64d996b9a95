package io.crowdflow.platform.application;

import io.crowdflow.identity.domain.Caller;
import io.crowdflow.platform.domain.LifecyclePin;
import io.crowdflow.platform.domain.LifecyclePinNotFoundException;
import io.crowdflow.platform.domain.LifecyclePins;
import io.crowdflow.platform.domain.LifecycleVersions;
import io.crowdflow.rules.governance.GovernancePolicy;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Pins a task type's new tasks on one version of the lifecycle model (process designers and admins), or
 * clears the pin so they start on the latest again. Running tasks are never moved by a pin.
 */
@Stateless
public class LifecyclePinService {

    private static final Logger LOG = Logger.getLogger(LifecyclePinService.class.getName());
    static final int MAX_REASON = 500;

    @Inject
    LifecyclePins pins;

    @Inject
    LifecycleVersions versions;

    @Inject
    Clock clock;

    public List<LifecyclePin> all() {
        return pins.all();
    }

    /** Pins (or re-pins) the task type on a deployed version; refuses unknown types and versions. */
    public LifecyclePin pin(Caller by, String taskType, Integer version, String reason) {
        List<Violation> problems = new ArrayList<>();
        if (!GovernancePolicy.DEFAULT_TASK_TYPES.contains(taskType)) {
            problems.add(new Violation("taskType", "unknown task type " + taskType + "; the task types are "
                    + String.join(", ", GovernancePolicy.DEFAULT_TASK_TYPES)));
        }
        List<Integer> deployed = versions.deployed();
        if (version == null) {
            problems.add(new Violation("version", "is required: a deployed version of TaskLifecycle"));
        } else if (!deployed.contains(version)) {
            problems.add(new Violation("version", "TaskLifecycle has no version " + version + "; deployed: "
                    + deployed));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation("reason", "is required: say why the task type stays on this version"));
        } else if (reason.length() > MAX_REASON) {
            problems.add(new Violation("reason", "longer than " + MAX_REASON + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        LifecyclePin pin = pins.find(taskType).orElse(null);
        if (pin == null) {
            pin = new LifecyclePin(taskType, version, by.subject(), clock.now(), reason.strip());
            pins.add(pin);
        } else {
            pin.repin(version, by.subject(), clock.now(), reason.strip());
        }
        LOG.info("CROWDFLOW-02010 task type " + taskType + " pinned on TaskLifecycle version " + version + " by "
                + by.username());
        return pin;
    }

    /** Clears the task type's pin: its new tasks start on the latest version again. */
    public void unpin(Caller by, String taskType) {
        LifecyclePin pin = pins.find(taskType).orElseThrow(() -> new LifecyclePinNotFoundException(taskType));
        pins.remove(pin);
        LOG.info("CROWDFLOW-02011 task type " + taskType + " unpinned by " + by.username());
    }
}
