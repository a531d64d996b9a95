package io.crowdflow.rules.review;

import java.util.Objects;

/**
 * One worker's submission, as the review rules see it. The platform reduces the answer JSON to text:
 *
 * @param submissionId the submission id
 * @param taskId       its task
 * @param workerId     who submitted it
 * @param answerJson   the answer as submitted (JSON text), may be {@code null}
 * @param text         the answer as plain text: the label (a JSON string, or an object's {@code "label"}) or the
 *                     free text; {@code null} when the answer has none (e.g. an object without a label)
 * @param workMillis   time from assignment to submission, in milliseconds
 */
public record SubmittedAnswer(String submissionId, String taskId, String workerId, String answerJson, String text,
                              long workMillis) {

    public SubmittedAnswer {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(workerId, "workerId");
    }

    /** Whether there is no answer at all: missing, JSON null, an empty or blank string, {@code {}} or {@code []}. */
    public boolean isEmpty() {
        return AnswerText.isEmptyJson(answerJson) && (text == null || text.isBlank());
    }

    /** The text for comparing answers ({@link AnswerText#fingerprint}). */
    public String getFingerprint() {
        return AnswerText.fingerprint(text);
    }

    /** Leaves the answer out: it may hold personal data. */
    @Override
    public String toString() {
        return "SubmittedAnswer[" + submissionId + ", task " + taskId + ", worker " + workerId + ", " + workMillis
                + " ms]";
    }
}
