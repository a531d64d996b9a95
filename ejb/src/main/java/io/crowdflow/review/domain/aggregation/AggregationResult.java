package io.crowdflow.review.domain.aggregation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one aggregation method concluded: per item the label and its confidence, per worker an estimated
 * accuracy. Index-based like {@link CrowdAnswers}; {@link #labelOf(String)} and friends map names.
 */
public final class AggregationResult {

    private final String method;
    private final CrowdAnswers answers;
    private final int[] itemLabel;
    private final double[] itemConfidence;
    private final boolean[] itemTied;
    private final double[] workerAccuracy;
    private final int iterations;
    private final boolean converged;

    AggregationResult(String method, CrowdAnswers answers, int[] itemLabel, double[] itemConfidence,
                      boolean[] itemTied, double[] workerAccuracy, int iterations, boolean converged) {
        this.method = method;
        this.answers = answers;
        this.itemLabel = itemLabel;
        this.itemConfidence = itemConfidence;
        this.itemTied = itemTied;
        this.workerAccuracy = workerAccuracy;
        this.iterations = iterations;
        this.converged = converged;
    }

    /** The method's name: {@code majority-vote} or {@code dawid-skene}. */
    public String method() {
        return method;
    }

    public CrowdAnswers answers() {
        return answers;
    }

    /** The aggregated label of item {@code i}. */
    public String label(int i) {
        return answers.labelName(itemLabel[i]);
    }

    public int labelIndex(int i) {
        return itemLabel[i];
    }

    /**
     * How sure the method is of item {@code i}'s label, in [0, 1]: the vote share for majority vote, the
     * posterior probability for Dawid-Skene.
     */
    public double confidence(int i) {
        return itemConfidence[i];
    }

    /** Whether item {@code i}'s label was a tie, broken by the lowest label (always low confidence). */
    public boolean tied(int i) {
        return itemTied[i];
    }

    /** Estimated accuracy of worker {@code w}: how often their answers are the aggregated truth. */
    public double workerAccuracy(int w) {
        return workerAccuracy[w];
    }

    /** EM iterations run (0 for majority vote). */
    public int iterations() {
        return iterations;
    }

    /** Whether EM stopped because the posteriors changed less than the tolerance (true for majority vote). */
    public boolean converged() {
        return converged;
    }

    /** The item's aggregated label, by item id. */
    public String labelOf(String itemId) {
        return label(requireItem(itemId));
    }

    public double confidenceOf(String itemId) {
        return confidence(requireItem(itemId));
    }

    public double workerAccuracyOf(String workerId) {
        int w = answers.workerIndex(Objects.requireNonNull(workerId, "workerId"));
        if (w < 0) {
            throw new IllegalArgumentException("Unknown worker " + workerId);
        }
        return workerAccuracy(w);
    }

    /**
     * The share of the items in {@code truth} (item → true label) that got the true label; items the
     * answers do not contain are skipped. NaN if none overlap.
     */
    public double accuracyAgainst(Map<String, String> truth) {
        int judged = 0;
        int right = 0;
        for (int i = 0; i < answers.itemCount(); i++) {
            String t = truth.get(answers.itemName(i));
            if (t != null) {
                judged++;
                if (t.equals(label(i))) {
                    right++;
                }
            }
        }
        return judged == 0 ? Double.NaN : (double) right / judged;
    }

    /** One line per item, in item order. */
    public List<ItemLabel> itemLabels() {
        List<ItemLabel> out = new ArrayList<>(answers.itemCount());
        for (int i = 0; i < answers.itemCount(); i++) {
            out.add(new ItemLabel(answers.itemName(i), label(i), confidence(i), tied(i)));
        }
        return out;
    }

    private int requireItem(String itemId) {
        int i = answers.itemIndex(Objects.requireNonNull(itemId, "itemId"));
        if (i < 0) {
            throw new IllegalArgumentException("Unknown item " + itemId);
        }
        return i;
    }

    /** An item's aggregated label. */
    public record ItemLabel(String item, String label, double confidence, boolean tied) {
    }
}
