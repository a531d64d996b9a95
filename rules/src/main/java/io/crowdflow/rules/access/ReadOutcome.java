package io.crowdflow.rules.access;

/** What a read may show. */
public enum ReadOutcome {
    /** Everything the view holds. */
    ALLOWED,
    /** The view without its content: what personal data it may hold is left out. */
    ALLOWED_REDACTED,
    /** Nothing: the resource is treated as not there. */
    DENIED
}
