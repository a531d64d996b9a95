package io.crowdflow.assignment.interfaces.rest;

import io.crowdflow.task.interfaces.rest.TaskView.RewardView;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.List;

/** An open assignment as its worker sees it: the work to do, the reward, when it is due, and why it is theirs. */
public record AssignmentView(String id, String taskId, String status, String title, String instructions,
                             String type, RewardView reward, List<String> skills,
                             JsonValue input, Instant assignedAt, Instant dueAt, String why) {
}
