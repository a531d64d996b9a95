package io.crowdflow.governance.domain;

/** What a retention audit entry records. */
public enum RetentionAuditKind {
    RULESET_UPLOADED,
    RULESET_DRY_RUN,
    RULESET_ACTIVATED,
    RULESET_RETIRED,
    SWEEP_STARTED,
    SWEEP_FINISHED,
    SWEEP_SUPERSEDED,
    /** A task's content got a (new) plan: action, due time, hold. */
    PLANNED,
    ARCHIVED,
    PSEUDONYMISED,
    PURGED
}
