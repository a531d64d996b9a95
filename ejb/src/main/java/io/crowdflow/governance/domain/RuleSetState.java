package io.crowdflow.governance.domain;

/** Where a rule-set version is in its life. Invalid uploads are answered with their problems and never stored. */
public enum RuleSetState {
    /** Uploaded and validated; may be dry-run and activated. */
    VALID,
    /** The rules retention decides with now. At most one version is active. */
    ACTIVE,
    /** Was active, replaced by a later activation; kept for the record. */
    RETIRED
}
