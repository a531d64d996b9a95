package io.crowdflow.governance.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The retention plans of tasks, and the tasks retention looks after. */
public interface RetentionPlanRepository {

    Optional<RetentionPlan> find(String taskId);

    /** The plan, locked until the transaction ends, so one node at a time acts on a task's content. */
    Optional<RetentionPlan> lock(String taskId);

    void add(RetentionPlan plan);

    /** Tasks whose planned action is due at {@code now} (not kept, not purged, no hold blocking a purge), oldest first. */
    List<String> dueTaskIds(Instant now, int limit);

    /** Ids of the tasks whose content retention looks after (settled or archived), after {@code cursor}, in id order. */
    List<String> retainedTaskIdsAfter(String cursor, int limit);

    long countRetainedTasks();

    /** Planned actions (not kept, not purged yet) due before {@code until}, soonest first, at most {@code limit}. */
    List<RetentionCalendar.Planned> plannedBefore(Instant until, int limit);
}
