package io.crowdflow.review.domain.aggregation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Weighted vote: each answer votes for its label with a weight that grows with how often its worker is known to be
 * right on the task type, and the confidence is the posterior probability of the chosen label.
 *
 * <p>The model is the one-coin model with known accuracies: worker w is right with probability p(w) and spreads
 * their wrong answers evenly over the other K - 1 labels; with a uniform prior over labels the posterior of label c
 * is proportional to exp(Σ weight(w) over the answers for c), weight(w) = ln(p(w) (K - 1) / (1 - p(w))) (the optimal
 * weighted vote of Nitzan and Paroush). p(w) is the worker's gold record with a Beta(1, 1) prior,
 * (right + 1) / (answered + 2): a newcomer is 0.5, one lucky gold answer is not 1. Below 1 / K (no better than
 * guessing) the weight is 0: such a worker neither helps nor, by a negative weight, drags a label down.
 *
 * <p>Unlike majority vote, three newcomers who agree are not enough for a confident answer (0.5 each: 0.89 for a
 * unanimous 3 of 3 with 3 labels, 0.57 for 2 of 3), while two workers with long, good gold records are; unlike
 * Dawid-Skene it needs no history pool, only the task's own answers and the workers' gold records, so it costs the
 * same as majority vote. Items with a gold label get that label with confidence 1.
 */
public final class WeightedVote implements AnswerAggregator {

    public static final String NAME = "weighted-vote";

    /** A worker's gold record on the task type: gold questions answered, and right. */
    public record GoldRecord(int answered, int right) {
        public GoldRecord {
            if (answered < 0 || right < 0 || right > answered) {
                throw new IllegalArgumentException("0 <= right <= answered required");
            }
        }

        /** (right + 1) / (answered + 2). */
        public double accuracy() {
            return (right + 1.0) / (answered + 2.0);
        }
    }

    private static final GoldRecord NONE = new GoldRecord(0, 0);

    private final Map<String, GoldRecord> records;
    private final int labels;

    /**
     * @param records the workers' gold records on the type (worker id → record); a worker without one is a newcomer
     * @param labels  how many labels the task has (K); 0 or less: the labels seen in the answers, at least 2
     */
    public WeightedVote(Map<String, GoldRecord> records, int labels) {
        this.records = Map.copyOf(records);
        this.labels = labels;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean learnsFromPool() {
        return false;
    }

    /** The accuracy the vote gives the worker: their gold record with the Beta(1, 1) prior. */
    public double accuracyOf(String workerId) {
        return records.getOrDefault(workerId, NONE).accuracy();
    }

    /** The weight of one answer of a worker of accuracy p among k labels: ln(p (k - 1) / (1 - p)), 0 below 1 / k. */
    static double weight(double p, int k) {
        return p <= 1.0 / k ? 0 : Math.log(p * (k - 1) / (1 - p));
    }

    @Override
    public AggregationResult aggregate(CrowdAnswers answers, Map<String, String> gold) {
        int items = answers.itemCount();
        int k = Math.max(2, Math.max(labels, answers.labelCount()));
        int seen = answers.labelCount();
        int[] item = answers.itemOf();
        int[] label = answers.labelOf();
        int[] worker = answers.workerOf();
        double[] accuracy = new double[answers.workerCount()];
        double[] weight = new double[answers.workerCount()];
        for (int w = 0; w < accuracy.length; w++) {
            accuracy[w] = accuracyOf(answers.workerName(w));
            weight[w] = weight(accuracy[w], k);
        }
        double[] score = new double[items * seen];
        for (int n = 0; n < item.length; n++) {
            score[item[n] * seen + label[n]] += weight[worker[n]];
        }
        int[] chosen = new int[items];
        double[] confidence = new double[items];
        boolean[] tied = new boolean[items];
        for (int i = 0; i < items; i++) {
            int best = 0;
            for (int c = 1; c < seen; c++) {
                if (score[i * seen + c] > score[i * seen + best]) {
                    best = c;
                }
            }
            // labels nobody chose (k - seen of them) keep score 0: exp(0) each in the normaliser
            double top = score[i * seen + best];
            double sum = (k - seen) * Math.exp(-top);
            boolean tie = false;
            for (int c = 0; c < seen; c++) {
                sum += Math.exp(score[i * seen + c] - top);
                tie |= c != best && Math.abs(score[i * seen + c] - top) < 1e-9;
            }
            tie |= k > seen && Math.abs(top) < 1e-9;
            chosen[i] = best;
            confidence[i] = 1 / sum;
            tied[i] = tie;
        }
        Gold.apply(answers, gold, (i, c) -> {
            chosen[i] = c;
            confidence[i] = 1.0;
            tied[i] = false;
        });
        return new AggregationResult(NAME, answers, chosen, confidence, tied, accuracy, 0, true);
    }

    /**
     * The weights behind an item's answers, in words, per label: the accuracies the answering workers' gold records
     * give (no worker is named: the reason is shown to the workers).
     */
    @Override
    public String basisOf(AggregationResult result, String itemId) {
        CrowdAnswers answers = result.answers();
        int i = answers.itemIndex(itemId);
        Map<String, List<String>> byLabel = new java.util.TreeMap<>();
        for (int n = 0; n < answers.size(); n++) {
            if (answers.itemOfAnswer(n) == i) {
                GoldRecord r = records.getOrDefault(answers.workerName(answers.workerOfAnswer(n)), NONE);
                byLabel.computeIfAbsent(answers.labelName(answers.labelOfAnswer(n)), l -> new ArrayList<>())
                        .add(String.format(Locale.ROOT, "%.2f (%d of %d)", r.accuracy(), r.right(), r.answered()));
            }
        }
        List<String> parts = new ArrayList<>();
        byLabel.forEach((l, accuracies) -> parts.add("'" + l + "' " + String.join(", ", accuracies)));
        return "; weights from the workers' gold records, accuracy (gold right of answered): "
                + String.join("; ", parts);
    }
}
