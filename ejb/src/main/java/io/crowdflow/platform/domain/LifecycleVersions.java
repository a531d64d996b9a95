package io.crowdflow.platform.domain;

import java.util.List;

/** The deployed versions of the lifecycle model (process key TaskLifecycle). */
public interface LifecycleVersions {

    /** The deployed versions, oldest first. */
    List<Integer> deployed();
}
