package io.crowdflow.rules.classification;

import io.crowdflow.rules.retention.TableHeader;

/** The columns a classification table may have; the header row names them (case and a "(...)" note do not matter). */
public enum ClassificationColumn implements TableHeader.Column {
    /** One of the platform's fixed detectors (never a pattern: detectors stay in code). */
    DETECTOR("Detector", true),
    TASK_TYPE("Task type", false),
    REGION("Region", false),
    /** The class a finding of that detector puts the task in: PERSONAL or SENSITIVE. */
    DATA_CLASS("Data class", true),
    /** Free text for the officers themselves; never read by the rules. */
    NOTE("Note", false);

    private final String heading;
    private final boolean required;

    ClassificationColumn(String heading, boolean required) {
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
