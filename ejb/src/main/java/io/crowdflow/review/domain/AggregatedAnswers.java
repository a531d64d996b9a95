package io.crowdflow.review.domain;

import java.util.Optional;

/** The aggregated answer of each reviewed task, as stored at decision time. */
public interface AggregatedAnswers {

    Optional<AggregatedAnswer> ofTask(String taskId);

    void add(AggregatedAnswer answer);
}
