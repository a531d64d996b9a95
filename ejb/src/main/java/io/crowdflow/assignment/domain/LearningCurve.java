package io.crowdflow.assignment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The assignment policy's reward over time: outcomes grouped in equal buckets (an hour or a day) from
 * {@code from} to {@code to}, one series per policy that made assignments (the learning policy and any
 * baseline that ran), each bucket with its number of outcomes, their mean reward and the running mean; and
 * the learning policy's observation log in the same buckets with the model version (observations folded)
 * at each bucket's end. Buckets without outcomes have no mean (null), never an invented zero.
 */
public record LearningCurve(Instant from, Instant to, Duration bucket, List<Instant> starts, List<Series> series,
                            List<Point> observations, boolean truncated) {

    /** One decided or expired assignment: when, by which policy, and its reward (1 accepted, 0 otherwise). */
    public record Outcome(Instant at, String policy, double reward) {
    }

    /** One row of the learning policy's observation log. */
    public record Observation(Instant at, double reward) {
    }

    /** A policy's points, one per bucket. */
    public record Series(String policy, long outcomes, Double meanReward, List<Point> points) {
    }

    /**
     * One bucket: its outcomes, their mean reward (null when none), the running mean since the window's start
     * (null until the first outcome), and for the observation log the model version at the bucket's end.
     */
    public record Point(Instant start, long count, Double meanReward, Double cumulativeMeanReward, Long modelVersion) {
    }

    public static LearningCurve of(Instant from, Instant to, Duration bucket, List<Outcome> outcomes,
                                   List<Observation> observations, long observationsBefore, boolean truncated) {
        if (!to.isAfter(from) || bucket.isZero() || bucket.isNegative()) {
            throw new IllegalArgumentException("an empty window or bucket: " + from + " .. " + to + " by " + bucket);
        }
        int n = (int) ((Duration.between(from, to).toMillis() + bucket.toMillis() - 1) / bucket.toMillis());
        List<Instant> starts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            starts.add(from.plus(bucket.multipliedBy(i)));
        }
        Map<String, double[][]> byPolicy = new TreeMap<>();
        for (Outcome o : outcomes) {
            int i = index(from, to, bucket, o.at());
            if (i >= 0) {
                double[][] sums = byPolicy.computeIfAbsent(o.policy() == null ? "unknown" : o.policy(),
                        p -> new double[n][2]);
                sums[i][0]++;
                sums[i][1] += o.reward();
            }
        }
        List<Series> series = new ArrayList<>();
        byPolicy.forEach((policy, sums) -> series.add(seriesOf(policy, starts, sums)));
        double[][] observed = new double[n][2];
        for (Observation o : observations) {
            int i = index(from, to, bucket, o.at());
            if (i >= 0) {
                observed[i][0]++;
                observed[i][1] += o.reward();
            }
        }
        List<Point> log = new ArrayList<>(n);
        long version = observationsBefore;
        double total = 0;
        long count = 0;
        for (int i = 0; i < n; i++) {
            version += (long) observed[i][0];
            count += (long) observed[i][0];
            total += observed[i][1];
            log.add(new Point(starts.get(i), (long) observed[i][0], mean(observed[i][1], observed[i][0]),
                    mean(total, count), version));
        }
        return new LearningCurve(from, to, bucket, starts, series, log, truncated);
    }

    private static Series seriesOf(String policy, List<Instant> starts, double[][] sums) {
        List<Point> points = new ArrayList<>(starts.size());
        double total = 0;
        long count = 0;
        for (int i = 0; i < starts.size(); i++) {
            count += (long) sums[i][0];
            total += sums[i][1];
            points.add(new Point(starts.get(i), (long) sums[i][0], mean(sums[i][1], sums[i][0]), mean(total, count),
                    null));
        }
        return new Series(policy, count, mean(total, count), points);
    }

    private static int index(Instant from, Instant to, Duration bucket, Instant at) {
        if (at == null || at.isBefore(from) || !at.isBefore(to)) {
            return -1;
        }
        return (int) (Duration.between(from, at).toMillis() / bucket.toMillis());
    }

    private static Double mean(double sum, double count) {
        return count == 0 ? null : Math.round(sum / count * 10000) / 10000.0;
    }
}
