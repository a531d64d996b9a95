package io.crowdflow.assignment.domain.bandit;

/** The linear algebra the bandit models share: batch scoring of many rows, and inversion of a small matrix. */
final class QuadraticForms {

    private QuadraticForms() {
    }

    /**
     * For each row x of the row-major n x d {@code matrix}: {@code theta . x} into {@code means} and
     * {@code x^T M x} into {@code quadratics}. With x = c + w, where c holds the coordinates equal in every row
     * and w the k varying ones, x^T M x = c^T M c + 2 w . (M c) + w^T M w, so each row costs O(k^2) instead of
     * O(d^2). Allocates O(d^2) per call, nothing per row.
     */
    static void meansAndQuadratics(int d, double[] m, double[] theta, double[] matrix, int n, double[] means,
                                   double[] quadratics) {
        if (matrix.length < n * d) {
            throw new IllegalArgumentException("matrix holds fewer than " + n + " rows of " + d);
        }
        boolean[] varies = new boolean[d];
        for (int r = 1; r < n; r++) {
            int off = r * d;
            for (int i = 0; i < d; i++) {
                if (matrix[off + i] != matrix[i]) {
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
                shared[i] = matrix[i];
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
        double[] sub = new double[k * k];     // M restricted to the varying coordinates
        double[] subShared = new double[k];
        double[] subTheta = new double[k];
        for (int a = 0; a < k; a++) {
            subShared[a] = mShared[index[a]];
            subTheta[a] = theta[index[a]];
            for (int b = 0; b < k; b++) {
                sub[a * k + b] = m[index[a] * d + index[b]];
            }
        }
        double[] w = new double[k];
        for (int r = 0; r < n; r++) {
            int off = r * d;
            for (int a = 0; a < k; a++) {
                w[a] = matrix[off + index[a]];
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
                for (int b = 0; b < k; b++) {
                    s += sub[row + b] * w[b];
                }
                quad += wa * s;
            }
            means[r] = mean;
            quadratics[r] = Math.max(cmc + 2 * cross + quad, 0);
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
