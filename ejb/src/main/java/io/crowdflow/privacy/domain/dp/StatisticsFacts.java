package io.crowdflow.privacy.domain.dp;

import java.math.BigDecimal;
import java.util.List;

/** What the public statistics are computed from: rows of people who consented to research-analytics only. */
public record StatisticsFacts(List<PostedTask> tasks, List<Decision> decisions, List<Earning> earnings) {

    /** A task, by its requester; newest first within a requester is how contributions are clipped. */
    public record PostedTask(String requesterId, String type, long createdAtMillis) {
    }

    /** A decided submission of a worker, of a task of a type. */
    public record Decision(String workerId, String type, boolean accepted, long decidedAtMillis) {
    }

    /** A worker's total earnings in the statistics' currency. */
    public record Earning(String workerId, BigDecimal amount) {
    }
}
