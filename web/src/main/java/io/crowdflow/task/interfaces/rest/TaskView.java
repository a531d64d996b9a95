package io.crowdflow.task.interfaces.rest;

import io.crowdflow.task.domain.ReviewPlan;
import jakarta.json.JsonValue;

import java.math.BigDecimal;

import java.time.Instant;
import java.util.List;

/**
 * A task as its requester sees it, with its history. {@code contentRedacted}: the read-access rules let the reader
 * see the task only without its content, so title, instructions, input and gold answer are null.
 */
public record TaskView(String id, String status, String processInstanceId, String title, String instructions,
                       String type, RewardView reward, int redundancy, String deadline, List<String> skills,
                       JsonValue input, String dataClass, String region, Instant createdAt, ReviewPlanView review,
                       List<EventView> events, boolean contentRedacted) {

    /**
     * The requester's review preferences: null aggregation or targetConfidence means the platform's default;
     * goldAnswer only on a gold question (this view is the requester's, never a worker's); goldRate null means the
     * platform's gold rate.
     */
    public record ReviewPlanView(String aggregation, BigDecimal targetConfidence, int maxAssignments,
                                 String goldAnswer, BigDecimal goldRate) {
        static ReviewPlanView of(ReviewPlan plan, boolean redacted) {
            return new ReviewPlanView(plan.aggregation(), plan.targetConfidence(), plan.maxAssignments(),
                    redacted ? null : plan.goldAnswer(), plan.goldRate());
        }
    }

    public record RewardView(String amount, String currency) {
    }

    /** One event of the task's history with the reason it happened. */
    public record EventView(Instant at, String type, String actor, String reason) {
    }
}
