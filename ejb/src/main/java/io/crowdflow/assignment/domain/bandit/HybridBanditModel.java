package io.crowdflow.assignment.domain.bandit;

import java.util.HashMap;
import java.util.Map;

/**
 * Hybrid LinUCB (Li et al. 2010, algorithm 2) with a shared linear part over the (worker, task) features
 * and a disjoint intercept per arm, an arm being one worker on one task type: {@code E[r] = x . beta + delta_arm}.
 * The shared weights {@code beta} generalise across workers (load, difficulty, reputation, affinity); the arm's
 * intercept is what this worker did on this type beyond what the features predict, so the model can tell two
 * workers with the same features apart. A newcomer's intercept is 0: the shared part alone, with a wide bonus.
 * <p>
 * Sufficient statistics, all sums over observations and so additive across nodes: {@code S = sum x x^T},
 * {@code s = sum r x}, and per arm {@code n}, {@code sum r}, {@code sum x}. From them, with arm prior
 * {@code kappa} ({@code A_arm = kappa + n}):
 * {@code A0 = lambda I + S - sum_arm (sum x)(sum x)^T / A_arm}, {@code b0 = s - sum_arm (sum x)(sum r) / A_arm},
 * {@code beta = A0^-1 b0}, {@code delta_arm = (sum r - beta . sum x) / A_arm}. The two arm sums are kept up to
 * date incrementally (an arm's old term out, its new term in), so an update costs O(d^2); {@code A0^-1} is
 * inverted (O(d^3), d = 16) once per published model, when it is first read.
 * <p>
 * The width is Li et al.'s for an intercept-only arm, {@code sqrt((x - m)^T A0^-1 (x - m) + 1 / A_arm)} with
 * {@code m = sum x / A_arm}: the shared part {@code x^T A0^-1 x} (batch-scored), a part linear in x
 * ({@code -2 x^T A0^-1 m}) and a constant ({@code m^T A0^-1 m + 1 / A_arm}), the last two per arm in the type's
 * {@link ArmTable}, computed once per model (O(d^2) per arm).
 * <p>
 * Not thread-safe for updates: callers publish copies ({@link #copy()}) and never update a published one; the
 * derived {@code A0^-1} and {@code beta} of a published model are computed at most a few times (idempotently).
 */
public final class HybridBanditModel {

    /** One arm's sums; immutable, so that copies of the model can share it. */
    public record Arm(double n, double rewards, double[] features) {
    }

    private final int d;
    private final double lambda;
    private final double kappa;
    private final double[] xx;          // sum x x^T, row-major
    private final double[] rx;          // sum r x
    private final double[] armXx;       // sum_arm (sum x)(sum x)^T / A_arm
    private final double[] armRx;       // sum_arm (sum x)(sum r) / A_arm
    /** task type -> worker -> arm; inner maps are copied on copy(), arms are shared (immutable). */
    private final Map<String, Map<String, Arm>> arms;
    private long observations;
    private double rewardSum;
    private volatile Derived derived;

    /** What follows from the sums, per published model; the arms' terms per task type, computed when first asked. */
    private record Derived(double[] a0Inv, double[] beta, Map<String, ArmTable> armTerms) {
    }

    private HybridBanditModel(int d, double lambda, double kappa, double[] xx, double[] rx, double[] armXx,
                              double[] armRx, Map<String, Map<String, Arm>> arms, long observations,
                              double rewardSum) {
        this.d = d;
        this.lambda = lambda;
        this.kappa = kappa;
        this.xx = xx;
        this.rx = rx;
        this.armXx = armXx;
        this.armRx = armRx;
        this.arms = arms;
        this.observations = observations;
        this.rewardSum = rewardSum;
    }

    /** The model before any observation. */
    public static HybridBanditModel prior(int d, double lambda, double kappa) {
        if (d < 1 || !(lambda > 0) || !(kappa > 0)) {
            throw new IllegalArgumentException("need d >= 1, lambda > 0 and kappa > 0");
        }
        return new HybridBanditModel(d, lambda, kappa, new double[d * d], new double[d], new double[d * d],
                new double[d], new HashMap<>(), 0, 0);
    }

    /**
     * Adds one observation: features x of the assignment, its reward, and its arm (the task type and the
     * worker; either null for an observation logged without one, which then informs the shared part only).
     */
    public void update(String type, String worker, double[] x, double reward) {
        check(x);
        for (int i = 0; i < d; i++) {
            double xi = x[i];
            rx[i] += reward * xi;
            int row = i * d;
            for (int j = 0; j < d; j++) {
                xx[row + j] += xi * x[j];
            }
        }
        if (type != null && worker != null) {
            Map<String, Arm> ofType = arms.computeIfAbsent(type, t -> new HashMap<>());
            Arm old = ofType.get(worker);
            if (old != null) {
                addArmTerms(old, -1);
            }
            double[] sum = old == null ? x.clone() : old.features().clone();
            if (old != null) {
                for (int i = 0; i < d; i++) {
                    sum[i] += x[i];
                }
            }
            Arm updated = new Arm(old == null ? 1 : old.n() + 1, (old == null ? 0 : old.rewards()) + reward, sum);
            addArmTerms(updated, 1);
            ofType.put(worker, updated);
        }
        observations++;
        rewardSum += reward;
        derived = null;
    }

    private void addArmTerms(Arm arm, double sign) {
        double scale = sign / (kappa + arm.n());
        double[] z = arm.features();
        for (int i = 0; i < d; i++) {
            double zi = z[i] * scale;
            armRx[i] += zi * arm.rewards();
            int row = i * d;
            for (int j = 0; j < d; j++) {
                armXx[row + j] += zi * z[j];
            }
        }
    }

    /**
     * Every arm of the task type with its terms under this model (intercept, share of the width, counts), computed
     * once per model and type (O(arms x d)), so that scoring a candidate costs one probe of a primitive table.
     */
    public ArmTable armTermsOf(String type) {
        Derived m = derived();
        ArmTable table = m.armTerms().get(type);
        if (table == null) {
            Map<String, Arm> ofType = armsOf(type);
            int per = ArmTable.FIXED_TERMS + d;
            double[] terms = new double[per * ofType.size()];
            double[] inv = m.a0Inv();
            int k = 0;
            for (Arm arm : ofType.values()) {
                int from = per * k;
                double scale = 1 / (kappa + arm.n());
                double q = 0;
                for (int i = 0; i < d; i++) {
                    double s = 0;
                    for (int j = 0; j < d; j++) {
                        s += inv[i * d + j] * arm.features()[j];
                    }
                    s *= scale;                                     // (A0^-1 m)_i, m = sum x / (kappa + n)
                    q += arm.features()[i] * scale * s;
                    terms[from + ArmTable.FIXED_TERMS + i] = -2 * s;
                }
                terms[from] = intercept(m.beta(), arm);
                terms[from + 1] = armVariance(arm) + q;
                terms[from + 2] = arm.n();
                terms[from + 3] = arm.rewards();
                k++;
            }
            table = ofType.isEmpty() ? ArmTable.EMPTY : new ArmTable(ofType, terms, d);
            m.armTerms().put(type, table);
        }
        return table;
    }

    /** The arms of one task type (worker -> sums); empty when none. Callers must not modify it. */
    public Map<String, Arm> armsOf(String type) {
        Map<String, Arm> ofType = arms.get(type);
        return ofType == null ? Map.of() : ofType;
    }

    /** The arm's intercept: what it did beyond the shared prediction, shrunk towards 0 by kappa. */
    public double intercept(Arm arm) {
        return intercept(derived().beta(), arm);
    }

    private double intercept(double[] beta, Arm arm) {
        if (arm == null) {
            return 0;
        }
        double predicted = 0;
        double[] z = arm.features();
        for (int i = 0; i < d; i++) {
            predicted += beta[i] * z[i];
        }
        return (arm.rewards() - predicted) / (kappa + arm.n());
    }

    /** The arm's share of the squared width, 1 / (kappa + n). */
    public double armVariance(Arm arm) {
        return 1 / (kappa + (arm == null ? 0 : arm.n()));
    }

    /**
     * The squared width for one candidate of this arm (null: a newcomer), Li et al.'s
     * {@code (x - m)^T A0^-1 (x - m) + 1 / (kappa + n)} with {@code m = sum x / (kappa + n)} (tests, diagnostics).
     */
    public double variance(Arm arm, double[] x) {
        check(x);
        if (arm == null) {
            return sharedVariance(x) + armVariance(null);
        }
        double[] u = x.clone();
        for (int i = 0; i < d; i++) {
            u[i] -= arm.features()[i] / (kappa + arm.n());
        }
        return sharedVariance(u) + armVariance(arm);
    }

    /** The shared prediction x . beta for one feature vector (tests, diagnostics). */
    public double sharedMean(double[] x) {
        check(x);
        double[] beta = derived().beta();
        double s = 0;
        for (int i = 0; i < d; i++) {
            s += beta[i] * x[i];
        }
        return s;
    }

    /** The shared part of the squared width, x^T A0^-1 x. */
    public double sharedVariance(double[] x) {
        check(x);
        double[] m = derived().a0Inv();
        double q = 0;
        for (int i = 0; i < d; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += m[i * d + j] * x[j];
            }
            q += x[i] * s;
        }
        return Math.max(q, 0);
    }

    /**
     * The shared part for many candidates at once, from a column-major matrix (feature j of candidate i at
     * {@code j * stride + i}): x . beta into {@code means} and x^T A0^-1 x into {@code variances} (possibly a
     * rounding error below 0). Coordinates equal for every candidate (the task's own features) are folded into
     * constants first, the rest is summed feature pair by feature pair (docs/benchmarks.md).
     */
    public void sharedScores(double[] matrix, int stride, int n, double[] means, double[] variances) {
        sharedScores(matrix, stride, n, means, variances, (from, to) -> {
        });
    }

    /**
     * As above, calling {@code after} with each block of candidates as soon as its shared scores are written, so
     * that the caller adds the arms' terms while the block's features are still in the cache.
     */
    public void sharedScores(double[] matrix, int stride, int n, double[] means, double[] variances, Blocks after) {
        if (n == 0) {
            return;
        }
        Derived m = derived();
        QuadraticForms.meansAndQuadratics(d, m.a0Inv(), m.beta(), matrix, stride, n, means, variances, after);
    }

    /** Told each block of candidates [from, to) once its shared scores are written. */
    @FunctionalInterface
    public interface Blocks {
        void scored(int from, int to);
    }

    private Derived derived() {
        Derived m = derived;
        if (m == null) {
            double[] a0 = new double[d * d];
            double[] b0 = new double[d];
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    a0[i * d + j] = xx[i * d + j] - armXx[i * d + j];
                }
                a0[i * d + i] += lambda;
                b0[i] = rx[i] - armRx[i];
            }
            double[] inv = QuadraticForms.invertSymmetric(a0, d);
            double[] beta = new double[d];
            for (int i = 0; i < d; i++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += inv[i * d + j] * b0[j];
                }
                beta[i] = s;
            }
            m = new Derived(inv, beta, new java.util.concurrent.ConcurrentHashMap<>());
            derived = m;
        }
        return m;
    }

    public HybridBanditModel copy() {
        Map<String, Map<String, Arm>> armsCopy = new HashMap<>();
        arms.forEach((type, ofType) -> armsCopy.put(type, new HashMap<>(ofType)));
        HybridBanditModel copy = new HybridBanditModel(d, lambda, kappa, xx.clone(), rx.clone(), armXx.clone(),
                armRx.clone(), armsCopy, observations, rewardSum);
        copy.derived = derived;     // same sums, same derived terms (an update of the copy drops them)
        return copy;
    }

    public int dimension() {
        return d;
    }

    public double lambda() {
        return lambda;
    }

    public double kappa() {
        return kappa;
    }

    public long observations() {
        return observations;
    }

    public double meanReward() {
        return observations == 0 ? 0 : rewardSum / observations;
    }

    /** The shared weights beta (a fresh array). */
    public double[] beta() {
        return derived().beta().clone();
    }

    private void check(double[] x) {
        if (x.length != d) {
            throw new IllegalArgumentException("expected " + d + " features, got " + x.length);
        }
    }
}
