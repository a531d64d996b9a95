package io.crowdflow.platform.domain;

import java.util.List;
import java.util.Optional;

/** The pins of task types on lifecycle model versions. */
public interface LifecyclePins {

    Optional<LifecyclePin> find(String taskType);

    List<LifecyclePin> all();

    void add(LifecyclePin pin);

    void remove(LifecyclePin pin);
}
