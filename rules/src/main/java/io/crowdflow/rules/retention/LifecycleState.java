package io.crowdflow.rules.retention;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a task's content is in its retention life. A table's "Lifecycle state" column names one of the first three. */
public enum LifecycleState {
    /** Paid and refunded; the content is still in the working tables. */
    SETTLED("settled"),
    /** The content is in the archive, people pseudonymised. */
    ARCHIVED("archived"),
    /** Archived, and the archive copy's pseudonyms link to no other record. */
    PSEUDONYMISED("pseudonymised"),
    /** The content is gone. Final: no table row applies to it. */
    PURGED("purged");

    private final String word;

    LifecycleState(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** A state a table row may name (not {@link #PURGED}); "pseudonymized" is accepted too. */
    public static Optional<LifecycleState> ofTableWord(String text) {
        String w = text.trim().toLowerCase(Locale.ROOT);
        if (w.equals("pseudonymized")) {
            return Optional.of(PSEUDONYMISED);
        }
        return Arrays.stream(values()).filter(s -> s != PURGED && s.word.equals(w)).findFirst();
    }
}
