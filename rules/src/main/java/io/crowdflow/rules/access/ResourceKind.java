package io.crowdflow.rules.access;

/** What a read shows: each kind is one shape of view the platform serves. */
public enum ResourceKind {
    /** A task's content and history, as its requester sees it ({@code GET /tasks/{id}}). */
    TASK,
    /** A task's content, as the worker assigned to it sees it ({@code GET /me/assignments}). */
    ASSIGNMENT,
    /** A submission's answer with its task's content, in the review queue ({@code GET /reviews}). */
    REVIEW_ITEM,
    /** A disputed submission's answer, its rejection and its task's content ({@code GET /disputes}). */
    DISPUTE_ITEM,
    /** A worker's submission with its decision and its task's title ({@code GET /me/submissions}). */
    SUBMISSION,
    /** Everything the platform holds about one person ({@code GET /me/export}). */
    EXPORT
}
