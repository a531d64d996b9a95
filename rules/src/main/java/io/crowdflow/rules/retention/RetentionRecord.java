package io.crowdflow.rules.retention;

/**
 * The fact a retention decision is about: one task's content, described by what the table's conditions
 * look at. Plain values; the platform maps its task to this.
 */
public final class RetentionRecord {

    private final String taskId;
    private final String dataClass;
    private final String taskType;
    private final String region;
    private final String lifecycleState;

    /**
     * @param dataClass      PUBLIC, PERSONAL or SENSITIVE (null when governance never classified it)
     * @param region         an upper-case region code, or null when the task has none
     * @param lifecycleState where the content is now
     */
    public RetentionRecord(String taskId, String dataClass, String taskType, String region, LifecycleState lifecycleState) {
        this.taskId = taskId;
        this.dataClass = dataClass;
        this.taskType = taskType;
        this.region = region;
        this.lifecycleState = lifecycleState.name();
    }

    public String getTaskId() {
        return taskId;
    }

    public String getDataClass() {
        return dataClass;
    }

    public String getTaskType() {
        return taskType;
    }

    public String getRegion() {
        return region;
    }

    /** The {@link LifecycleState} name, e.g. {@code SETTLED}. */
    public String getLifecycleState() {
        return lifecycleState;
    }
}
