package io.crowdflow.assignment.domain;

import java.util.Collection;
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

    /**
     * These workers' track records: review outcomes overall and on tasks of this type, and timeliness. Workers
     * without any are absent; other workers' may be present too.
     */
    Map<String, TrackRecord> trackRecords(String taskType, Collection<String> workerIds);

    /** Outcomes (decided submissions, expiries) of assignments made with features and not learned yet. */
    List<Outcome> unlearnedOutcomes(int limit);

    /** Marks the outcome learned; false when another transaction (or node) already claimed it. */
    boolean claimOutcome(String assignmentId, java.time.Instant now);

    /**
     * The worker's assignments on tasks of the type, ordinary ones (no known answer) and gold ones (a known answer:
     * mixed in or posted as a gold question), whatever their status: what {@link GoldMixing} counts.
     */
    GoldCounts goldCounts(String workerId, String taskType);

    /** Assignments of a worker on a type: ordinary and gold. */
    record GoldCounts(int ordinary, int gold) {
    }

    /** Counts behind a {@link WorkerRecord}; workers with no history are absent. */
    record TrackRecord(int accepted, int decided, int acceptedOfType, int decidedOfType, int onTime, int closed) {
    }

    /** An assignment's outcome: reward 1 for accepted work, 0 for rejected or expired. */
    record Outcome(String assignmentId, String taskType, String workerId, String features, double reward) {
    }

    void add(Submission submission);

    Optional<Submission> findSubmission(String id);

    List<Submission> submissionsOf(String taskId);

    /** The worker's own submissions, newest first, at most {@code limit}. */
    List<Submission> submissionsOfWorker(String workerId, int limit);

    /** Submissions waiting for a human decision on tasks in review, oldest first. */
    List<Submission> awaitingDecision(int limit);
}
