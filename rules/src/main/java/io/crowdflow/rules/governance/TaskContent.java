package io.crowdflow.rules.governance;

import java.util.List;

/**
 * The content of a task a requester posts: the fact the governance rules judge.
 *
 * @param taskId       the platform's id of the task (only echoed, never judged)
 * @param type         the task type, one of {@link GovernancePolicy#getKnownTaskTypes()} to be accepted
 * @param title        short title shown to workers
 * @param instructions instructions shown to workers
 * @param inputJson    the task's input payload as JSON text (scanned as plain text)
 * @param skills       skills a worker needs; never {@code null} (a {@code null} list becomes empty)
 * @param region       the region the task is posted for (e.g. EU, US-CA), or null; a classification table may
 *                     classify by it
 */
public record TaskContent(String taskId, String type, String title, String instructions, String inputJson,
                          List<String> skills, String region) {

    public TaskContent {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    /** Content without a region. */
    public TaskContent(String taskId, String type, String title, String instructions, String inputJson,
                       List<String> skills) {
        this(taskId, type, title, instructions, inputJson, skills, null);
    }

    /**
     * The text the data-classification rules scan: title, instructions and input JSON, one per line
     * ({@code null} parts are left out). Kept on separate lines so a pattern cannot straddle two fields.
     */
    public String searchableText() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {title, instructions, inputJson}) {
            if (part != null && !part.isEmpty()) {
                text.append(part).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        // Deliberately does not print the content: it may hold the very personal data the rules look for.
        return "TaskContent[taskId=" + taskId + ", type=" + type + ", region=" + region + ", skills=" + skills
                + ", textLength=" + searchableText().length() + "]";
    }

    /** Convenience for callers that only need the fields the rules look at. */
    public static TaskContent of(String type, String title, String instructions, String inputJson) {
        return new TaskContent(null, type, title, instructions, inputJson, List.of());
    }
}
