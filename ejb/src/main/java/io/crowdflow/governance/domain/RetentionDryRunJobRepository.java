package io.crowdflow.governance.domain;

import java.util.Optional;

/** Background retention dry runs. */
public interface RetentionDryRunJobRepository {

    void add(RetentionDryRunJob job);

    Optional<RetentionDryRunJob> find(long id);

    default RetentionDryRunJob get(long id) {
        return find(id).orElseThrow(() -> new DryRunNotFoundException(id));
    }

    /** The oldest running one, locked until the transaction ends (one node works a page at a time). */
    Optional<RetentionDryRunJob> lockOldestRunning();
}
