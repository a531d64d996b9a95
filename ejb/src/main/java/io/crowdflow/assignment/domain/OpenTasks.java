package io.crowdflow.assignment.domain;

import io.crowdflow.task.domain.Task;

import java.util.List;
import java.util.Set;

/** Tasks a worker could still get a slot of: the candidates of recommendations. */
public interface OpenTasks {

    /** Open tasks with fewer live (assigned or submitted) slots than their redundancy, newest first. */
    List<Task> withFreeSlots(int limit);

    /** Ids of the tasks the worker ever held a slot of (they do not get the same task again). */
    Set<String> heldBy(String workerId);
}
