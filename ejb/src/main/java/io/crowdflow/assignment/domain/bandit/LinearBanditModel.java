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
