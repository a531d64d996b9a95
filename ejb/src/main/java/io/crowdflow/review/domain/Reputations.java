package io.crowdflow.review.domain;

import java.util.List;
import java.util.Optional;

/** Workers' reputations per task type. */
public interface Reputations {

    Optional<Reputation> find(String workerId, String taskType);

    void add(Reputation reputation);

    /** The worker's reputations, one per task type they answered, best first. */
    List<Reputation> ofWorker(String workerId);

    /** Deletes the worker's reputations (erasure); returns how many there were. */
    int forget(String workerId);
}
