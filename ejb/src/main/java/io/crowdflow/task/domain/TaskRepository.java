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

    /**
     * A page of the ids of tasks that still hold their content in the working tables (not archived nor purged),
     * in id order after {@code afterId} (null: from the start).
     */
    List<String> idsWithContentAfter(String afterId, int limit);

    /** Adds the task and writes it at once, so a duplicate idempotency key fails here, not at commit. */
    void add(Task task);
}
