package io.crowdflow.assignment.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface AssignmentRepository {

    Optional<Assignment> find(String id);

    Assignment get(String id);

    void add(Assignment assignment);

    List<Assignment> ofTask(String taskId);

    List<Assignment> openFor(String workerId);

    /** Open assignments per worker, for capacity. Workers with none are absent. */
    Map<String, Long> openCountsByWorker();

    void add(Submission submission);

    Optional<Submission> findSubmission(String id);

    List<Submission> submissionsOf(String taskId);

    /** Submissions waiting for a human decision on tasks in review, oldest first. */
    List<Submission> awaitingDecision(int limit);
}
