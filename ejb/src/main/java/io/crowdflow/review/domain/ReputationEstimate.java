package io.crowdflow.review.domain;

import java.util.Locale;
import java.util.Map;

import io.crowdflow.review.domain.aggregation.AggregationResult;
import io.crowdflow.review.domain.aggregation.CrowdAnswers;
import io.crowdflow.rules.review.WorkerGoldRecord;

/**
 * A worker's estimated accuracy on a task type, from an aggregation over the type's pooled answers with gold
 * items anchored at their known answers:
 *
 * <ul>
 *   <li>{@code modelAccuracy}: the model's estimate of the share of the worker's answers that are right. For
 *       Dawid-Skene that is Σ T(i, l) / n over the worker's answers, the diagonal of their confusion matrix
 *       weighted by how often each class occurs; on gold items T is 1 for the known answer, so gold counts
 *       exactly.</li>
 *   <li>{@code estimatedAccuracy} = (answers × modelAccuracy + 1) / (answers + 2): the same with a Beta(1, 1)
 *       prior, so a newcomer is 0.5 and one lucky answer is not 1.</li>
 * </ul>
 */
public record ReputationEstimate(String workerId, double estimatedAccuracy, double modelAccuracy, int answers,
                                 int goldAnswered, int goldCorrect, int pooledAnswers, String method) {

    /** The estimate for one worker who answered in {@code result}'s answers; gold maps item ids to known labels. */
    public static ReputationEstimate of(AggregationResult result, Map<String, String> gold, String workerId) {
        CrowdAnswers answers = result.answers();
        int w = answers.workerIndex(workerId);
        if (w < 0) {
            throw new IllegalArgumentException("no answers of worker " + workerId);
        }
        int n = 0;
        int goldAnswered = 0;
        int goldCorrect = 0;
        for (int a = 0; a < answers.size(); a++) {
            if (answers.workerOfAnswer(a) != w) {
                continue;
            }
            n++;
            String known = gold.get(answers.itemName(answers.itemOfAnswer(a)));
            if (known != null) {
                goldAnswered++;
                if (known.strip().equalsIgnoreCase(answers.labelName(answers.labelOfAnswer(a)))) {
                    goldCorrect++;
                }
            }
        }
        double model = result.workerAccuracy(w);
        return new ReputationEstimate(workerId, (n * model + 1.0) / (n + 2.0), model, n, goldAnswered, goldCorrect,
                answers.size(), result.method());
    }

    /**
     * The same estimate with the worker's gold record over their whole history on the type (what eligibility
     * counts), instead of the gold answers in the recent pool; unchanged when {@code record} is null.
     */
    public ReputationEstimate withGoldRecord(WorkerGoldRecord record) {
        return record == null ? this : new ReputationEstimate(workerId, estimatedAccuracy, modelAccuracy, answers,
                record.answered(), record.correct(), pooledAnswers, method);
    }

    /** How it was computed, in words, for the worker. */
    public String explanation() {
        return String.format(Locale.ROOT, "%s over the %d most recent answers of this task type estimates that"
                        + " %.1f %% of your %d answers are right (all time: %d of %d gold questions of this type right);"
                        + " with a prior of"
                        + " one right and one wrong answer: (%d x %.3f + 1) / (%d + 2) = %.3f",
                method, pooledAnswers, modelAccuracy * 100, answers, goldCorrect, goldAnswered, answers,
                modelAccuracy, answers, estimatedAccuracy);
    }
}
