package io.crowdflow.assignment.domain.bandit;

/** The linear algebra the bandit models share: batch scoring of many rows, and inversion of a small matrix. */
final class QuadraticForms {

    /** Candidates per block: 9 varying columns, the means and the quadratics of 256 candidates take 22 KB. */
    static final int BLOCK = 256;

    private QuadraticForms() {
    }

    /**
     * For each candidate x, stored column-major in {@code columns} (feature j of candidate i at
     * {@code j * stride + i}): {@code theta . x} into {@code means} and {@code x^T M x} into {@code quadratics}.
     * With x = c + w, where c holds the coordinates equal for every candidate (the task's own features) and w the
     * k varying ones, x^T M x = c^T M c + 2 w . (M c) + w^T M w; w^T M w is summed one pair of features at a time
     * over all candidates (k (k + 1) / 2 loops over contiguous columns, which the JIT vectorises). Allocates O(d)
     * per call, nothing per candidate.
     */
    static void meansAndQuadratics(int d, double[] m, double[] theta, double[] columns, int stride, int n,
                                   double[] means, double[] quadratics) {
        meansAndQuadratics(d, m, theta, columns, stride, n, means, quadratics, (from, to) -> {
        });
    }

    /** As above, telling {@code after} each block as soon as it is scored (its columns are still in the cache). */
    static void meansAndQuadratics(int d, double[] m, double[] theta, double[] columns, int stride, int n,
                                   double[] means, double[] quadratics, HybridBanditModel.Blocks after) {
        if (columns.length < d * stride || stride < n) {
            throw new IllegalArgumentException("the matrix holds fewer than " + n + " candidates of " + d);
        }
        int k = 0;
        int[] index = new int[d];
        double[] shared = new double[d];
        for (int j = 0; j < d; j++) {
            int off = j * stride;
            double first = columns[off];
            boolean varies = false;
            for (int i = 1; i < n; i++) {
                if (columns[off + i] != first) {
                    varies = true;
                    break;
                }
            }
            if (varies) {
                index[k++] = j;
            } else {
                shared[j] = first;
            }
        }
        double cmc = 0;
        double sharedMean = 0;
        double[] mShared = new double[d];     // M c
        for (int i = 0; i < d; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += m[i * d + j] * shared[j];
            }
            mShared[i] = s;
            cmc += shared[i] * s;
            sharedMean += theta[i] * shared[i];
        }
        double[] coefficient = new double[k * k];     // 2 M_ab above the diagonal, M_aa on it
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                coefficient[a * k + b] = (a == b ? 1 : 2) * m[index[a] * d + index[b]];
            }
        }
        // blocks of candidates small enough that their columns stay in the L1 cache across the k^2 passes
        for (int from = 0; from < n; from += BLOCK) {
            int to = Math.min(n, from + BLOCK);
            java.util.Arrays.fill(means, from, to, sharedMean);
            java.util.Arrays.fill(quadratics, from, to, cmc);
            for (int a = 0; a < k; a++) {
                int ia = index[a];
                int oa = ia * stride;
                double ta = theta[ia];
                double ca = 2 * mShared[ia];
                double maa = coefficient[a * k + a];
                for (int i = from; i < to; i++) {
                    double w = columns[oa + i];
                    means[i] += ta * w;
                    quadratics[i] += (ca + maa * w) * w;
                }
                for (int b = a + 1; b < k; b++) {
                    int ob = index[b] * stride;
                    double mab = coefficient[a * k + b];
                    for (int i = from; i < to; i++) {
                        quadratics[i] += mab * columns[oa + i] * columns[ob + i];
                    }
                }
            }
            after.scored(from, to);
        }
    }

    /** The inverse of a d x d row-major matrix (symmetric positive definite here), Gauss-Jordan with pivoting. */
    static double[] invertSymmetric(double[] a, int d) {
        double[] m = a.clone();
        double[] inv = new double[d * d];
        for (int i = 0; i < d; i++) {
            inv[i * d + i] = 1;
        }
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int r = col + 1; r < d; r++) {
                if (Math.abs(m[r * d + col]) > Math.abs(m[pivot * d + col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot * d + col]) < 1e-12) {
                throw new IllegalStateException("the model's matrix is singular");
            }
            if (pivot != col) {
                swapRows(m, d, pivot, col);
                swapRows(inv, d, pivot, col);
            }
            double p = m[col * d + col];
            for (int j = 0; j < d; j++) {
                m[col * d + j] /= p;
                inv[col * d + j] /= p;
            }
            for (int r = 0; r < d; r++) {
                if (r != col) {
                    double f = m[r * d + col];
                    if (f != 0) {
                        for (int j = 0; j < d; j++) {
                            m[r * d + j] -= f * m[col * d + j];
                            inv[r * d + j] -= f * inv[col * d + j];
                        }
                    }
                }
            }
        }
        return inv;
    }

    private static void swapRows(double[] m, int d, int a, int b) {
        for (int j = 0; j < d; j++) {
            double t = m[a * d + j];
            m[a * d + j] = m[b * d + j];
            m[b * d + j] = t;
        }
    }
}
