package io.crowdflow.review.interfaces.rest;

import java.time.Instant;

import jakarta.json.JsonValue;

/** An open dispute with what the deciding reviewer needs: the task, the answer, why it was rejected, why disputed. */
public record DisputeQueueView(String id, String submissionId, String taskId, String title, String instructions,
                               String type, JsonValue input, JsonValue answer, String rejectionReason,
                               String disputeReason, Instant filedAt) {
}
