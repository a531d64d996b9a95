package io.crowdflow.task.domain;

import java.util.List;
import java.util.Optional;

public interface TaskRepository {

    Optional<Task> find(String id);

    /** The task, or {@link TaskNotFoundException}: for use where the id comes from the process engine. */
    default Task get(String id) {
        return find(id).orElseThrow(() -> new TaskNotFoundException(id));
    }

    Optional<Task> findByIdempotencyKey(String requesterId, String key);

    List<Task> ownedBy(String requesterId);

    /** Adds the task and writes it at once, so a duplicate idempotency key fails here, not at commit. */
    void add(Task task);
}
