package io.crowdflow.privacy.domain.dp;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The true answers of the three public queries, with each person's contribution bounded so that the
 * sensitivity is known (neighbouring data sets: one person added or removed, with all their rows):
 * <ul>
 *   <li>{@code tasks-per-type}: counts per task type; a requester counts with at most {@code clip} tasks
 *       (their newest): L1 sensitivity = clip.</li>
 *   <li>{@code approval-rates}: accepted and decided submissions per type; a worker counts with at most
 *       {@code clip} decisions (their newest): each of the two count vectors has L1 sensitivity = clip.</li>
 *   <li>{@code earnings-distribution}: workers per earnings bucket; a worker is in exactly one bucket:
 *       L1 sensitivity = 1.</li>
 * </ul>
 * The buckets and the list of types are fixed in advance (not taken from the data), so the shape of an
 * answer reveals nothing.
 */
public final class PublicStatistics {

    private PublicStatistics() {
    }

    public static double[] tasksPerType(List<StatisticsFacts.PostedTask> tasks, List<String> types, int clip) {
        Map<String, List<StatisticsFacts.PostedTask>> byRequester = tasks.stream()
                .collect(Collectors.groupingBy(StatisticsFacts.PostedTask::requesterId));
        double[] counts = new double[types.size()];
        for (List<StatisticsFacts.PostedTask> own : byRequester.values()) {
            own.stream().sorted(Comparator.comparingLong(StatisticsFacts.PostedTask::createdAtMillis).reversed())
                    .limit(clip).forEach(t -> {
                        int i = types.indexOf(t.type());
                        if (i >= 0) {
                            counts[i]++;
                        }
                    });
        }
        return counts;
    }

    /** [0] accepted per type, [1] decided per type. */
    public static double[][] approvals(List<StatisticsFacts.Decision> decisions, List<String> types, int clip) {
        Map<String, List<StatisticsFacts.Decision>> byWorker = decisions.stream()
                .collect(Collectors.groupingBy(StatisticsFacts.Decision::workerId));
        double[] accepted = new double[types.size()];
        double[] decided = new double[types.size()];
        for (List<StatisticsFacts.Decision> own : byWorker.values()) {
            own.stream().sorted(Comparator.comparingLong(StatisticsFacts.Decision::decidedAtMillis).reversed())
                    .limit(clip).forEach(d -> {
                        int i = types.indexOf(d.type());
                        if (i >= 0) {
                            decided[i]++;
                            if (d.accepted()) {
                                accepted[i]++;
                            }
                        }
                    });
        }
        return new double[][] {accepted, decided};
    }

    /**
     * Workers per earnings bucket; {@code lowerBounds} ascending, starting at 0; bucket i holds
     * lowerBounds[i] <= total < lowerBounds[i+1]. A worker's rows are summed first.
     */
    public static double[] earningsHistogram(List<StatisticsFacts.Earning> earnings, List<BigDecimal> lowerBounds) {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (StatisticsFacts.Earning e : earnings) {
            totals.merge(e.workerId(), e.amount(), BigDecimal::add);
        }
        double[] counts = new double[lowerBounds.size()];
        for (BigDecimal total : totals.values()) {
            int bucket = 0;
            for (int i = 0; i < lowerBounds.size(); i++) {
                if (total.compareTo(lowerBounds.get(i)) >= 0) {
                    bucket = i;
                }
            }
            counts[bucket]++;
        }
        return counts;
    }

    /** Post-processing (free under DP): a noisy count shown as a whole number, never below 0. */
    public static long shownCount(double noisy) {
        return Math.max(0, Math.round(noisy));
    }

    /** Post-processing: accepted / decided of the noisy counts, in [0, 1]; null when decided is not positive. */
    public static Double shownRate(double noisyAccepted, double noisyDecided) {
        if (noisyDecided < 1) {
            return null;
        }
        return Math.min(1, Math.max(0, noisyAccepted / noisyDecided));
    }

    /** Labels of the earnings buckets, e.g. "0-1", "1-5", "100+". */
    public static Map<String, Integer> bucketLabels(List<BigDecimal> lowerBounds) {
        Map<String, Integer> labels = new LinkedHashMap<>();
        for (int i = 0; i < lowerBounds.size(); i++) {
            String low = lowerBounds.get(i).toPlainString();
            labels.put(i + 1 < lowerBounds.size() ? low + "-" + lowerBounds.get(i + 1).toPlainString() : low + "+", i);
        }
        return labels;
    }
}
