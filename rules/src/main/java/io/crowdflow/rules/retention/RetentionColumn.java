package io.crowdflow.rules.retention;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns a retention table may have; the header row names them (case and a "(...)" note do not matter). */
public enum RetentionColumn {
    DATA_CLASS("Data class", true),
    TASK_TYPE("Task type", true),
    REGION("Region", false),
    LIFECYCLE_STATE("Lifecycle state", true),
    KEEP_FOR("Keep for", true),
    THEN("Then", true),
    LEGAL_HOLD("Legal hold", false),
    /** Free text for the officers themselves; never read by the rules. */
    NOTE("Note", false);

    private final String heading;
    private final boolean required;

    RetentionColumn(String heading, boolean required) {
        this.heading = heading;
        this.required = required;
    }

    public String heading() {
        return heading;
    }

    public boolean required() {
        return required;
    }

    /** The column a header cell names: {@code "Keep for (ISO-8601)"} is {@link #KEEP_FOR}. */
    public static Optional<RetentionColumn> ofHeading(String text) {
        String name = text.replaceAll("\\(.*\\)", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.heading.toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }
}
