package io.crowdflow.governance.domain;

import java.util.List;
import java.util.Optional;

/** The rule-set versions and which one is active. */
public interface RuleSetRepository {

    /**
     * Locks the record of which version is active until the transaction ends (uploads and activations are
     * serialised through it, on every node) and answers the active version, if any.
     */
    Optional<Integer> lockActiveVersion();

    void setActiveVersion(int version);

    /** The active retention version, read without a lock; empty while the built-in default applies. */
    Optional<RuleSet> active();

    /** As {@link #lockActiveVersion()}, for the record of {@code kind}'s active version. */
    Optional<Integer> lockActiveVersion(RuleSetKind kind);

    void setActiveVersion(RuleSetKind kind, int version);

    /** The active version of {@code kind}, read without a lock; empty while the built-in rules apply. */
    Optional<RuleSet> active(RuleSetKind kind);

    int nextVersion();

    void add(RuleSet ruleSet);

    Optional<RuleSet> find(int version);

    default RuleSet get(int version) {
        return find(version).orElseThrow(() -> new RuleSetNotFoundException(version));
    }

    /** All versions, newest first. */
    List<RuleSet> all();
}
