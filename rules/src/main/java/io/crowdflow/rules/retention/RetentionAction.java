package io.crowdflow.rules.retention;

import java.util.Arrays;
import java.util.Optional;

/** What a retention table may order once the kept period has passed: a fixed set, nothing else. */
public enum RetentionAction {
    /** Move the content out of the working tables into the archive, people replaced by pseudonyms. */
    ARCHIVE("archive"),
    /** Archive if not yet archived, and make the archived copy's pseudonyms valid within that record only. */
    PSEUDONYMISE("pseudonymise"),
    /** Delete the content wherever it is (working tables and archive). */
    PURGE("purge"),
    /** Nothing further: keep the content as it is. */
    KEEP("keep");

    private final String word;

    RetentionAction(String word) {
        this.word = word;
    }

    /** The word compliance officers write in the table's "Then" column. */
    public String word() {
        return word;
    }

    /** The action for a cell's word (case-insensitive; "pseudonymize" is accepted too). */
    public static Optional<RetentionAction> ofWord(String text) {
        String w = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (w.equals("pseudonymize")) {
            return Optional.of(PSEUDONYMISE);
        }
        return Arrays.stream(values()).filter(a -> a.word.equals(w)).findFirst();
    }
}
