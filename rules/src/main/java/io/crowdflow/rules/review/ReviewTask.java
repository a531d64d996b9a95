package io.crowdflow.rules.review;

import java.util.Objects;
import java.util.Set;

/**
 * The task whose submissions are reviewed.
 *
 * @param taskId      the task id
 * @param kind        label or free text
 * @param labels      for {@link AnswerKind#LABEL} tasks, the labels a worker may choose; empty means the task
 *                    declares none, so any answer (even one without a label) is well-formed
 * @param goldLabel   the known answer when the task is a gold (control) question, else {@code null}
 */
public record ReviewTask(String taskId, AnswerKind kind, Set<String> labels, String goldLabel) {

    public ReviewTask {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(kind, "kind");
        labels = Set.copyOf(labels);
    }

    /** Whether the task is a gold question. */
    public boolean isGold() {
        return goldLabel != null;
    }

    /** Whether {@code label} is one this task allows: any answer when the task names no labels. */
    public boolean allows(String label) {
        return labels.isEmpty() || (label != null && labels.contains(label.strip()));
    }
}
