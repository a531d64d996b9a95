package io.crowdflow.review.interfaces.rest;

import jakarta.json.JsonValue;

import java.time.Instant;

/** A submission waiting for review, with what the reviewer needs to judge it. */
public record ReviewView(String id, String taskId, String title, String instructions, String type,
                         JsonValue input, JsonValue answer, Instant submittedAt) {
}
