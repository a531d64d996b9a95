package io.crowdflow.governance.domain;

import java.util.List;
import java.util.Optional;

public interface RetentionSweepRepository {

    void add(RetentionSweep sweep);

    Optional<RetentionSweep> find(long id);

    /** The oldest running sweep, locked until the transaction ends (one node works a sweep at a time). */
    Optional<RetentionSweep> lockOldestRunning();

    /** The newest sweeps first. */
    List<RetentionSweep> latest(int count);
}
