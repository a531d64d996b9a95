package io.crowdflow.task.interfaces.rest;

import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.List;

/** A task as its requester sees it, with its history. */
public record TaskView(String id, String status, String processInstanceId, String title, String instructions,
                       String type, RewardView reward, int redundancy, String deadline, List<String> skills,
                       JsonValue input, String dataClass, Instant createdAt, List<EventView> events) {

    public record RewardView(String amount, String currency) {
    }

    /** One event of the task's history with the reason it happened. */
    public record EventView(Instant at, String type, String actor, String reason) {
    }
}
