package io.crowdflow.task.domain;

/** Where a task is in its life; see docs/architecture.md for the stages. */
public enum TaskStatus {
    /** Accepted by the API, the governance check has not decided yet. */
    POSTED,
    /** Refused by a governance rule; nothing was escrowed. */
    REJECTED,
    /** Escrow held; assignments and work are under way. */
    OPEN,
    /** All work submitted; reviews under way. */
    IN_REVIEW,
    /** Cancelled by its requester before any work was submitted; the escrow was refunded. */
    CANCELLED,
    /** Accepted work paid, the rest refunded; waiting for the end of retention. */
    SETTLED,
    /** Content moved out of the working tables and pseudonymised. */
    ARCHIVED,
    /** Content deleted at the end of retention (from the working tables and the archive). */
    PURGED
}
