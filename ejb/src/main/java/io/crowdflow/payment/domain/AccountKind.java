package io.crowdflow.payment.domain;

public enum AccountKind {
    /** A requester's funds. */
    REQUESTER,
    /** A worker's earnings. */
    WORKER,
    /** Money held for one task between posting and settlement. */
    ESCROW,
    /** The platform's fees. */
    PLATFORM,
    /** Money entering from outside (deposits); the only kind that may go negative. */
    EXTERNAL
}
