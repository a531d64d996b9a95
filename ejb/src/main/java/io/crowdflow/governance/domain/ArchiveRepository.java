package io.crowdflow.governance.domain;

import java.util.Optional;

public interface ArchiveRepository {

    void add(ArchivedTask archived);

    Optional<ArchivedTask> find(String taskId);

    /** Deletes the archived copy (purge). */
    void remove(ArchivedTask archived);
}
