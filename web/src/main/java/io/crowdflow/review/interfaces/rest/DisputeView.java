package io.crowdflow.review.interfaces.rest;

import java.time.Instant;

import io.crowdflow.review.domain.Dispute;

/** A dispute and, once made, its (final) decision: {@code upheld} or {@code dismissed}. */
public record DisputeView(String id, String submissionId, String taskId, String reason, Instant filedAt,
                          String decision, String decisionReason, Instant decidedAt) {

    public static DisputeView of(Dispute d) {
        return new DisputeView(d.id(), d.submissionId(), d.taskId(), d.reason(), d.filedAt(),
                d.decision() == null ? null : d.decision().name().toLowerCase(), d.decisionReason(), d.decidedAt());
    }
}
