package io.crowdflow.privacy.domain.dp;

import java.util.random.RandomGenerator;

/**
 * The Laplace mechanism: a query answer plus noise drawn from Laplace(0, sensitivity / epsilon) is
 * epsilon-differentially private when {@code sensitivity} bounds how much one person can change the answer
 * (L1 norm over all the numbers the query returns). The random source is injected: SecureRandom in the
 * platform, a seeded generator in tests.
 */
public final class LaplaceMechanism {

    private final RandomGenerator random;

    public LaplaceMechanism(RandomGenerator random) {
        this.random = random;
    }

    /** One draw of Laplace(0, scale), by inverse transform sampling. */
    public double noise(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the Laplace scale must be positive and finite: " + scale);
        }
        double u;
        do {
            u = random.nextDouble() - 0.5;      // uniform on [-0.5, 0.5)
        } while (u == -0.5);                    // log(0) would be infinite
        return -scale * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
    }

    /** Each value plus independent noise of scale sensitivity / epsilon (the L1 sensitivity of the whole vector). */
    public double[] release(double[] trueValues, double sensitivity, double epsilon) {
        if (!(epsilon > 0) || !(sensitivity > 0)) {
            throw new IllegalArgumentException("epsilon and sensitivity must be positive");
        }
        double scale = sensitivity / epsilon;
        double[] noisy = new double[trueValues.length];
        for (int i = 0; i < trueValues.length; i++) {
            noisy[i] = trueValues[i] + noise(scale);
        }
        return noisy;
    }
}
