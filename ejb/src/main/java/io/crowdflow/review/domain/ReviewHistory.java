package io.crowdflow.review.domain;

import java.util.List;

/** What aggregation learns from beyond the task itself: recent answers of the task's type. */
public interface ReviewHistory {

    /**
     * The latest answers to other tasks of the type that have a text (AnswerReader), newest first, at most
     * {@code limit}; with the gold answer of the task when it is a gold question.
     */
    List<PastAnswer> recentOfType(String taskType, String exceptTaskId, int limit);

    /** One past answer: the task, the worker, the answer's text and the task's gold answer (or null). */
    record PastAnswer(String taskId, String workerId, String text, String goldAnswer) {
    }
}
