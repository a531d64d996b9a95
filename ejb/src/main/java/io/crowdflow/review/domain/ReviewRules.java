package io.crowdflow.review.domain;

import java.util.List;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.rules.review.ReviewFinding;
import io.crowdflow.rules.review.ReviewVerdict;
import io.crowdflow.rules.review.WorkerGoldRecord;
import io.crowdflow.task.domain.Task;

/** Checks one task's submissions (empty, malformed, too fast, copied, gold) before they are aggregated. */
public interface ReviewRules {

    /**
     * @param assignments the task's assignments, for the time each submission took
     */
    default ReviewVerdict check(Task task, List<Submission> submissions, List<Assignment> assignments) {
        return check(task, submissions, assignments, List.of());
    }

    /**
     * @param goldRecords each worker's gold questions so far (answered, right), for the gold accuracy rule
     */
    ReviewVerdict check(Task task, List<Submission> submissions, List<Assignment> assignments,
                        List<WorkerGoldRecord> goldRecords);

    /**
     * What the same rules would reject if a worker gave this known answer to a gold question of this type and input
     * (for example a label that is not one of the input's {@code labels}): such a question could never be answered
     * right. Empty when the known answer is one a worker can give.
     */
    List<ReviewFinding> rejectionsOfKnownAnswer(String taskType, String inputJson, String knownAnswer);
}
