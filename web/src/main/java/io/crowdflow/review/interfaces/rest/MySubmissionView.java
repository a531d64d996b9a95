package io.crowdflow.review.interfaces.rest;

import java.time.Instant;

import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.review.application.MyWorkService.MySubmission;
import io.crowdflow.web.json.JsonBody;
import jakarta.json.JsonValue;

/**
 * One of the worker's submissions as they see it: the decision ({@code pending}, {@code accepted},
 * {@code rejected}), who decided ({@code platform} for an automatic decision, {@code reviewer} for a person,
 * never which one), the reason, the dispute if any, and whether it can be disputed now.
 */
public record MySubmissionView(String id, String taskId, String taskTitle, String taskType, JsonValue answer,
                               Instant submittedAt, String decision, String decidedBy, String decisionReason,
                               Instant decidedAt, DisputeView dispute, boolean disputable) {

    static MySubmissionView of(MySubmission m) {
        Submission s = m.submission();
        String decision = s.decision() == null ? "pending" : s.isAccepted() ? "accepted" : "rejected";
        String decidedBy = s.decision() == null ? null : s.reviewerId() == null ? "platform" : "reviewer";
        return new MySubmissionView(s.id(), s.taskId(), m.task().title(), m.task().type(),
                JsonBody.parseValue(s.answerJson()), s.submittedAt(), decision, decidedBy, s.decisionReason(),
                s.decidedAt(), m.dispute() == null ? null : DisputeView.of(m.dispute()), m.disputable());
    }
}
