package io.crowdflow.task.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A requester's own tasks over time, in equal buckets: how many they posted, how many lifecycles were settled
 * (throughput: the time of the settlement's first posting), and how many submissions to their tasks were
 * decided and accepted, with the acceptance rate (null in a bucket without decisions, never an invented 0).
 */
public record RequesterActivity(Instant from, Instant to, Duration bucket, List<Bucket> buckets) {

    /** One decided submission: when and whether it was accepted. */
    public record Decision(Instant at, boolean accepted) {
    }

    public record Bucket(Instant start, long posted, long settled, long decided, long accepted, Double acceptanceRate) {
    }

    public static RequesterActivity of(Instant from, Instant to, Duration bucket, List<Instant> posted,
                                       List<Instant> settled, List<Decision> decisions) {
        if (!to.isAfter(from) || bucket.isZero() || bucket.isNegative()) {
            throw new IllegalArgumentException("an empty window or bucket: " + from + " .. " + to + " by " + bucket);
        }
        int n = (int) ((Duration.between(from, to).toMillis() + bucket.toMillis() - 1) / bucket.toMillis());
        long[][] counts = new long[n][4];
        posted.forEach(at -> count(counts, 0, from, to, bucket, at));
        settled.forEach(at -> count(counts, 1, from, to, bucket, at));
        for (Decision d : decisions) {
            count(counts, 2, from, to, bucket, d.at());
            if (d.accepted()) {
                count(counts, 3, from, to, bucket, d.at());
            }
        }
        List<Bucket> buckets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long[] c = counts[i];
            buckets.add(new Bucket(from.plus(bucket.multipliedBy(i)), c[0], c[1], c[2], c[3],
                    c[2] == 0 ? null : Math.round(10000.0 * c[3] / c[2]) / 10000.0));
        }
        return new RequesterActivity(from, to, bucket, buckets);
    }

    private static void count(long[][] counts, int column, Instant from, Instant to, Duration bucket, Instant at) {
        if (at != null && !at.isBefore(from) && at.isBefore(to)) {
            counts[(int) (Duration.between(from, at).toMillis() / bucket.toMillis())][column]++;
        }
    }
}
