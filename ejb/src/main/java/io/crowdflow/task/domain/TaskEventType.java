package io.crowdflow.task.domain;

/** What happened to a task. Every event carries the reason it happened. */
public enum TaskEventType {
    POSTED,
    GOVERNANCE_APPROVED,
    GOVERNANCE_REJECTED,
    ESCROW_HELD,
    NO_ELIGIBLE_WORKER,
    ASSIGNED,
    ASSIGNMENT_EXPIRED,
    SUBMITTED,
    REVIEW_OPENED,
    SUBMISSION_ACCEPTED,
    SUBMISSION_REJECTED,
    DISPUTE_FILED,
    DISPUTE_UPHELD,
    DISPUTE_DISMISSED,
    WORKER_PAID,
    REQUESTER_REFUNDED,
    FEE_CHARGED,
    RETENTION_PLANNED,
    ARCHIVED,
    PSEUDONYMISED,
    PURGED
}
