package io.crowdflow.review.domain.aggregation;

import java.util.Map;

/**
 * Majority vote: each item gets the label most of its workers chose; the confidence is that label's share
 * of the votes. A tie goes to the lowest label (lexicographic) and is reported as {@link
 * AggregationResult#tied(int) tied}, with the tied share as confidence (e.g. 0.5), so it is never confident.
 * Items with a gold label get that label with confidence 1. A worker's estimated accuracy is the share of
 * their answers that agree with the aggregated labels.
 */
public final class MajorityVote implements AnswerAggregator {

    public static final String NAME = "majority-vote";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean learnsFromPool() {
        return false;
    }

    @Override
    public AggregationResult aggregate(CrowdAnswers answers, Map<String, String> gold) {
        int items = answers.itemCount();
        int k = answers.labelCount();
        int[] item = answers.itemOf();
        int[] label = answers.labelOf();
        int[] worker = answers.workerOf();

        int[] votes = new int[items * k];
        int[] total = new int[items];
        for (int n = 0; n < item.length; n++) {
            votes[item[n] * k + label[n]]++;
            total[item[n]]++;
        }
        int[] chosen = new int[items];
        double[] confidence = new double[items];
        boolean[] tied = new boolean[items];
        for (int i = 0; i < items; i++) {
            int best = 0;
            int bestVotes = -1;
            boolean tie = false;
            for (int c = 0; c < k; c++) {
                int v = votes[i * k + c];
                if (v > bestVotes) {
                    best = c;
                    bestVotes = v;
                    tie = false;
                } else if (v == bestVotes) {
                    tie = true;
                }
            }
            chosen[i] = best;
            confidence[i] = (double) bestVotes / total[i];
            tied[i] = tie;
        }
        Gold.apply(answers, gold, (i, c) -> {
            chosen[i] = c;
            confidence[i] = 1.0;
            tied[i] = false;
        });

        double[] agree = new double[answers.workerCount()];
        int[] count = new int[answers.workerCount()];
        for (int n = 0; n < item.length; n++) {
            count[worker[n]]++;
            if (label[n] == chosen[item[n]]) {
                agree[worker[n]]++;
            }
        }
        for (int w = 0; w < agree.length; w++) {
            agree[w] /= count[w];
        }
        return new AggregationResult(NAME, answers, chosen, confidence, tied, agree, 0, true);
    }
}
