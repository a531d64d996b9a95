package io.crowdflow.assignment.domain;

public enum AssignmentStatus {
    /** The worker has it and the deadline has not passed. */
    ASSIGNED,
    /** The worker submitted an answer. */
    SUBMITTED,
    /** The deadline passed without a submission; the slot went back to assignment. */
    EXPIRED,
    /** The task was cancelled while the worker held it; it counts for no one (not learned from). */
    WITHDRAWN
}
