package io.crowdflow.review.domain;

import java.util.Collection;
import java.util.List;

import io.crowdflow.rules.review.WorkerGoldRecord;

/** What aggregation learns from beyond the task itself: recent answers of the task's type. */
public interface ReviewHistory {

    /**
     * The latest answers to other tasks of the type that have a text (AnswerReader), newest first, at most
     * {@code limit}; with the gold answer of the task when it is a gold question.
     */
    List<PastAnswer> recentOfType(String taskType, String exceptTaskId, int limit);

    /**
     * The workers' records on the type's gold questions over their whole history: every answer judged against a
     * known answer ({@code Submission#judgeAgainstGold}), archived ones included. Workers without one are left out.
     */
    List<WorkerGoldRecord> goldRecordsOf(String taskType, Collection<String> workerIds);

    /** One past answer: the task, the worker, the answer's text and the task's gold answer (or null). */
    record PastAnswer(String taskId, String workerId, String text, String goldAnswer) {
    }
}
