package io.crowdflow.governance.domain;

import java.util.Locale;
import java.util.Optional;

/** What an uploaded table decides: retention of content, or the class a detector's finding gives a task. */
public enum RuleSetKind {
    RETENTION(1),
    CLASSIFICATION(2);

    private final int activeRecordId;

    RuleSetKind(int activeRecordId) {
        this.activeRecordId = activeRecordId;
    }

    /** The row of {@code cf_retention_active} that names this kind's active version. */
    public int activeRecordId() {
        return activeRecordId;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code retention} or {@code classification}; null or blank is retention. */
    public static Optional<RuleSetKind> ofWord(String word) {
        if (word == null || word.isBlank()) {
            return Optional.of(RETENTION);
        }
        for (RuleSetKind kind : values()) {
            if (kind.word().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
