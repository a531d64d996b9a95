package io.crowdflow.review.domain;

import java.util.List;
import java.util.Optional;

public interface DisputeRepository {

    void add(Dispute dispute);

    Optional<Dispute> find(String id);

    Optional<Dispute> ofSubmission(String submissionId);

    /** Undecided disputes, oldest first. */
    List<Dispute> open(int limit);
}
