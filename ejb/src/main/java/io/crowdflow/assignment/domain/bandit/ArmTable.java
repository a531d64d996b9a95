package io.crowdflow.assignment.domain.bandit;

import java.util.Map;

/**
 * The arms of one task type under one model, as an open-addressing table of primitive columns: a candidate's
 * lookup compares cached hash codes in one int array and reads its terms from double arrays, instead of
 * following a hash map's entry, key and value objects (three cache misses each at 10,000 candidates). Immutable.
 */
public final class ArmTable {

    static final ArmTable EMPTY = new ArmTable(Map.of(), new double[0]);

    private final String[] workers;
    private final int[] hashes;
    private final double[] intercepts;
    private final double[] variances;
    private final double[] counts;
    private final double[] rewards;
    private final int mask;
    private final int size;

    /**
     * @param arms  worker -> arm
     * @param terms per arm in iteration order of {@code arms}: intercept, variance (4 values per arm: intercept,
     *              variance, n, rewards)
     */
    ArmTable(Map<String, HybridBanditModel.Arm> arms, double[] terms) {
        int capacity = Integer.highestOneBit(Math.max(4, arms.size() * 2 - 1)) << 1;
        workers = new String[capacity];
        hashes = new int[capacity];
        intercepts = new double[capacity];
        variances = new double[capacity];
        counts = new double[capacity];
        rewards = new double[capacity];
        mask = capacity - 1;
        size = arms.size();
        int k = 0;
        for (String worker : arms.keySet()) {
            int h = spread(worker.hashCode());
            int at = h & mask;
            while (workers[at] != null) {
                at = (at + 1) & mask;
            }
            workers[at] = worker;
            hashes[at] = h;
            intercepts[at] = terms[4 * k];
            variances[at] = terms[4 * k + 1];
            counts[at] = terms[4 * k + 2];
            rewards[at] = terms[4 * k + 3];
            k++;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The slot of the worker's arm, or -1 when the worker has none on this type (a newcomer to it). */
    public int slot(String worker) {
        if (size == 0) {
            return -1;
        }
        int h = spread(worker.hashCode());
        int at = h & mask;
        while (true) {
            String w = workers[at];
            if (w == null) {
                return -1;
            }
            if (hashes[at] == h && (w == worker || w.equals(worker))) {
                return at;
            }
            at = (at + 1) & mask;
        }
    }

    /** What the arm did beyond the shared prediction, shrunk towards 0. */
    public double intercept(int slot) {
        return intercepts[slot];
    }

    /** The arm's share of the squared width, 1 / (kappa + n). */
    public double variance(int slot) {
        return variances[slot];
    }

    /** Outcomes learned on the arm. */
    public double count(int slot) {
        return counts[slot];
    }

    /** Accepted outcomes among them. */
    public double rewards(int slot) {
        return rewards[slot];
    }

    public int size() {
        return size;
    }
}
