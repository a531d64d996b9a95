package io.crowdflow.assignment.domain.bandit;

import java.util.Map;

/**
 * The arms of one task type under one model, as an open-addressing table of primitive columns: a candidate's
 * lookup compares cached hash codes in one int array and reads its terms from double arrays, instead of
 * following a hash map's entry, key and value objects (three cache misses each at 10,000 candidates). Immutable.
 */
public final class ArmTable {

    static final ArmTable EMPTY = new ArmTable(Map.of(), new double[0], 0);
    /** Values per arm in the terms given to the constructor before the d cross coefficients. */
    static final int FIXED_TERMS = 4;

    private final String[] workers;
    private final int[] hashes;
    private final double[] intercepts;
    private final double[] variances;
    private final double[] counts;
    private final double[] rewards;
    private final double[] cross;
    private final int d;
    private final int mask;
    private final int size;

    /**
     * @param arms  worker -> arm
     * @param terms per arm, in the iteration order of {@code arms}, 4 + d values: the intercept, the constant part of
     *              the squared width, n, the rewards, then the d coefficients of the part linear in x
     */
    ArmTable(Map<String, HybridBanditModel.Arm> arms, double[] terms, int d) {
        this.d = d;
        int capacity = Integer.highestOneBit(Math.max(4, arms.size() * 2 - 1)) << 1;
        workers = new String[capacity];
        hashes = new int[capacity];
        intercepts = new double[capacity];
        variances = new double[capacity];
        counts = new double[capacity];
        rewards = new double[capacity];
        cross = new double[capacity * d];
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
            int from = (FIXED_TERMS + d) * k;
            intercepts[at] = terms[from];
            variances[at] = terms[from + 1];
            counts[at] = terms[from + 2];
            rewards[at] = terms[from + 3];
            System.arraycopy(terms, from + FIXED_TERMS, cross, at * d, d);
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

    /** The part of the squared width that does not depend on x: {@code 1 / (kappa + n) + m^T A0^-1 m}. */
    public double variance(int slot) {
        return variances[slot];
    }

    /**
     * The part of the squared width linear in the candidate's x, {@code -2 x^T A0^-1 m}, with x read from a
     * column-major matrix (feature j of candidate i at {@code j * stride + i}).
     */
    public double crossVariance(int slot, double[] matrix, int stride, int i) {
        double s = 0;
        int from = slot * d;
        for (int j = 0; j < d; j++) {
            s += cross[from + j] * matrix[j * stride + i];
        }
        return s;
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
