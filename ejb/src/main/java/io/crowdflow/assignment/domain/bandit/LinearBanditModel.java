package io.crowdflow.assignment.domain.bandit;

import java.util.Arrays;

/**
 * The sufficient statistics of a ridge-regression reward model shared by all arms (LinUCB,
 * Li et al. 2010, "disjoint" variant collapsed to one shared model over worker x task features):
 * {@code A = lambda I + sum x x^T}, {@code b = sum r x}, and the derived {@code A^-1} and
 * {@code theta = A^-1 b}. {@code A^-1} is kept up to date with Sherman-Morrison rank-one updates, so
 * an update costs O(d^2) and scoring a candidate O(d^2) with no inversion.
 * <p>
 * Not thread-safe: callers publish immutable copies ({@link #copy()}).
 */
public final class LinearBanditModel {

    private final int d;
    private final double lambda;
    /** A^-1, row-major d x d. */
    private final double[] aInv;
    private final double[] b;
    private final double[] theta;
    private long observations;
    private double rewardSum;

    private LinearBanditModel(int d, double lambda, double[] aInv, double[] b, double[] theta, long observations,
                              double rewardSum) {
        this.d = d;
        this.lambda = lambda;
        this.aInv = aInv;
        this.b = b;
        this.theta = theta;
        this.observations = observations;
        this.rewardSum = rewardSum;
    }

    /** The model before any observation: A = lambda I, b = 0. */
    public static LinearBanditModel prior(int d, double lambda) {
        if (d < 1 || !(lambda > 0)) {
            throw new IllegalArgumentException("need d >= 1 and lambda > 0");
        }
        double[] aInv = new double[d * d];
        for (int i = 0; i < d; i++) {
            aInv[i * d + i] = 1.0 / lambda;
        }
        return new LinearBanditModel(d, lambda, aInv, new double[d], new double[d], 0, 0);
    }

    /** Adds one observation (features x, reward r): Sherman-Morrison on A^-1, then theta = A^-1 b. */
    public void update(double[] x, double reward) {
        check(x);
        double[] u = new double[d];            // u = A^-1 x  (A^-1 is symmetric, so x^T A^-1 = u^T)
        for (int i = 0; i < d; i++) {
            double s = 0;
            int row = i * d;
            for (int j = 0; j < d; j++) {
                s += aInv[row + j] * x[j];
            }
            u[i] = s;
        }
        double denom = 1.0 + dot(x, u);
        for (int i = 0; i < d; i++) {
            double ui = u[i] / denom;
            int row = i * d;
            for (int j = 0; j < d; j++) {
                aInv[row + j] -= ui * u[j];
            }
        }
        for (int i = 0; i < d; i++) {
            b[i] += reward * x[i];
        }
        for (int i = 0; i < d; i++) {
            double s = 0;
            int row = i * d;
            for (int j = 0; j < d; j++) {
                s += aInv[row + j] * b[j];
            }
            theta[i] = s;
        }
        observations++;
        rewardSum += reward;
    }

    /** The estimated reward theta . x. */
    public double mean(double[] x) {
        check(x);
        return dot(theta, x);
    }

    /** The confidence width sqrt(x^T A^-1 x); LinUCB adds alpha times this to the mean. */
    public double width(double[] x) {
        check(x);
        double q = 0;
        for (int i = 0; i < d; i++) {
            double s = 0;
            int row = i * d;
            for (int j = 0; j < d; j++) {
                s += aInv[row + j] * x[j];
            }
            q += x[i] * s;
        }
        return Math.sqrt(Math.max(q, 0));
    }

    /**
     * Scores many candidates whose vectors agree on some coordinates (the task's own features) at
     * once: with x = c + w, where c holds the shared coordinates and w the k varying ones,
     * x^T A^-1 x = c^T A^-1 c + 2 w . (A^-1 c) + w^T A^-1 w, so each candidate costs O(k^2) instead
     * of O(d^2). Writes theta . x into {@code means} and sqrt(x^T A^-1 x) into {@code widths}.
     */
    public void meansAndWidths(double[][] xs, double[] means, double[] widths) {
        int n = xs.length;
        if (n == 0) {
            return;
        }
        double[] first = xs[0];
        check(first);
        boolean[] varies = new boolean[d];
        for (int c = 1; c < n; c++) {
            double[] x = xs[c];
            check(x);
            for (int i = 0; i < d; i++) {
                if (x[i] != first[i]) {
                    varies[i] = true;
                }
            }
        }
        int k = 0;
        int[] index = new int[d];
        double[] shared = new double[d];
        for (int i = 0; i < d; i++) {
            if (varies[i]) {
                index[k++] = i;
            } else {
                shared[i] = first[i];
            }
        }
        double[] mShared = new double[d];     // A^-1 c
        double cmc = 0;
        for (int i = 0; i < d; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += aInv[i * d + j] * shared[j];
            }
            mShared[i] = s;
            cmc += shared[i] * s;
        }
        double sharedMean = dot(theta, shared);
        double[] sub = new double[k * k];     // A^-1 restricted to the varying coordinates
        double[] subShared = new double[k];
        double[] subTheta = new double[k];
        for (int a = 0; a < k; a++) {
            subShared[a] = mShared[index[a]];
            subTheta[a] = theta[index[a]];
            for (int b2 = 0; b2 < k; b2++) {
                sub[a * k + b2] = aInv[index[a] * d + index[b2]];
            }
        }
        double[] w = new double[k];
        for (int c = 0; c < n; c++) {
            double[] x = xs[c];
            for (int a = 0; a < k; a++) {
                w[a] = x[index[a]];
            }
            double mean = sharedMean;
            double cross = 0;
            double quad = 0;
            for (int a = 0; a < k; a++) {
                double wa = w[a];
                mean += subTheta[a] * wa;
                cross += subShared[a] * wa;
                double s = 0;
                int row = a * k;
                for (int b2 = 0; b2 < k; b2++) {
                    s += sub[row + b2] * w[b2];
                }
                quad += wa * s;
            }
            means[c] = mean;
            widths[c] = Math.sqrt(Math.max(cmc + 2 * cross + quad, 0));
        }
    }

    public LinearBanditModel copy() {
        return new LinearBanditModel(d, lambda, aInv.clone(), b.clone(), theta.clone(), observations, rewardSum);
    }

    public int dimension() {
        return d;
    }

    public double lambda() {
        return lambda;
    }

    public long observations() {
        return observations;
    }

    public double meanReward() {
        return observations == 0 ? 0 : rewardSum / observations;
    }

    public double[] theta() {
        return theta.clone();
    }

    /** A^-1 as a fresh d x d array (tests and diagnostics). */
    public double[][] inverse() {
        double[][] m = new double[d][];
        for (int i = 0; i < d; i++) {
            m[i] = Arrays.copyOfRange(aInv, i * d, i * d + d);
        }
        return m;
    }

    private void check(double[] x) {
        if (x.length != d) {
            throw new IllegalArgumentException("expected " + d + " features, got " + x.length);
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
