package io.crowdflow.rules.retention;

/** The columns a retention table may have; the header row names them (case and a "(...)" note do not matter). */
public enum RetentionColumn implements TableHeader.Column {
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

    @Override
    public String heading() {
        return heading;
    }

    @Override
    public boolean required() {
        return required;
    }
}
