package io.crowdflow.review.interfaces.rest;

import java.time.Instant;

import io.crowdflow.review.domain.Reputation;
import io.crowdflow.review.domain.ReputationEstimate;

/** A worker's reputation on one task type, with the figures and the words that explain it. */
public record ReputationView(String taskType, double estimatedAccuracy, double modelAccuracy, int answers,
                             int goldAnswered, int goldCorrect, int pooledAnswers, String method, Instant updatedAt,
                             String explanation) {

    static ReputationView of(Reputation reputation) {
        ReputationEstimate e = reputation.estimate();
        return new ReputationView(reputation.taskType(), e.estimatedAccuracy(), e.modelAccuracy(), e.answers(),
                e.goldAnswered(), e.goldCorrect(), e.pooledAnswers(), e.method(), reputation.updatedAt(),
                e.explanation());
    }
}
