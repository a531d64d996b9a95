package io.crowdflow.governance.domain;

/** What a governance audit entry records: retention, and the reads of personal data the read-access rules keep. */
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
    PURGED,
    /** Personal data was shown to someone other than its authors (in full or without its content). */
    PERSONAL_DATA_READ,
    /** A read of personal data was refused. */
    READ_DENIED
}
