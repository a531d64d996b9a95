package io.crowdflow.assignment.interfaces.rest;

import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.web.json.JsonBody;
import jakarta.json.JsonValue;

import java.time.Instant;

/** A submission and, once made, the decision on it. */
public record SubmissionView(String id, String assignmentId, String taskId, String workerId, JsonValue answer,
                             Instant submittedAt, String decision, String reason, Instant decidedAt) {

    public static SubmissionView of(Submission s) {
        return new SubmissionView(s.id(), s.assignmentId(), s.taskId(), s.workerId(),
                JsonBody.parseValue(s.answerJson()), s.submittedAt(),
                s.decision() == null ? null : s.decision().name().toLowerCase(), s.decisionReason(), s.decidedAt());
    }
}
