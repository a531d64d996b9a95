package io.crowdflow.assignment.domain;

import java.time.Instant;

/** One eligible worker for one task, with the feature vector the policy scores ({@link AssignmentFeatures}). */
public record Candidate(String workerId, double[] features, Instant lastAssignedAt) {
}
