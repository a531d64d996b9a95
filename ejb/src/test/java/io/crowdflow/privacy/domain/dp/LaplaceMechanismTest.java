package io.crowdflow.privacy.domain.dp;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Statistical checks of the noise with a fixed seed (the platform uses SecureRandom). */
class LaplaceMechanismTest {

    private static final int N = 200_000;

    private static double[] draws(double scale, long seed) {
        LaplaceMechanism laplace = new LaplaceMechanism(new SplittableRandom(seed));
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = laplace.noise(scale);
        }
        return x;
    }

    @Test
    void noiseHasMeanZeroAndTheVarianceOfLaplace() {
        double b = 10;   // sensitivity 1, epsilon 0.1
        double[] x = draws(b, 42);
        double mean = Arrays.stream(x).average().orElseThrow();
        double variance = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (N - 1);
        // standard error of the mean: sqrt(2 b^2 / N) = 0.032; of the variance about 2 %
        assertThat(mean).isBetween(-0.15, 0.15);
        assertThat(variance).isBetween(2 * b * b * 0.95, 2 * b * b * 1.05);
    }

    @Test
    void noiseFollowsTheLaplaceDistributionFunction() {
        double b = 2;
        double[] x = draws(b, 7);
        Arrays.sort(x);
        double maxGap = 0;   // Kolmogorov-Smirnov distance to F(t) = 1/2 + sign(t)/2 (1 - exp(-|t|/b))
        for (int i = 0; i < N; i++) {
            double t = x[i];
            double cdf = 0.5 + Math.signum(t) * 0.5 * (1 - Math.exp(-Math.abs(t) / b));
            maxGap = Math.max(maxGap, Math.max(Math.abs(cdf - (double) i / N), Math.abs(cdf - (double) (i + 1) / N)));
        }
        // the 1 % critical value of the KS statistic is 1.63 / sqrt(N) = 0.0036
        assertThat(maxGap).isLessThan(0.0036);
    }

    @Test
    void aWrongScaleWouldBeCaughtByTheSameCheck() {
        double[] x = draws(3, 7);   // drawn with scale 3, tested against 2
        Arrays.sort(x);
        double maxGap = 0;
        for (int i = 0; i < N; i++) {
            double t = x[i];
            double cdf = 0.5 + Math.signum(t) * 0.5 * (1 - Math.exp(-Math.abs(t) / 2));
            maxGap = Math.max(maxGap, Math.abs(cdf - (double) i / N));
        }
        assertThat(maxGap).isGreaterThan(0.0036);
    }

    @Test
    void theScaleIsSensitivityOverEpsilon() {
        LaplaceMechanism laplace = new LaplaceMechanism(new SplittableRandom(1));
        double[] truth = new double[N];
        double[] noisy = laplace.release(truth, 5, 0.25);   // b = 20
        double meanAbs = Arrays.stream(noisy).map(Math::abs).average().orElseThrow();   // E|X| = b
        assertThat(meanAbs).isBetween(19.6, 20.4);
    }

    @Test
    void epsilonAndSensitivityMustBePositive() {
        LaplaceMechanism laplace = new LaplaceMechanism(new SplittableRandom(1));
        assertThatThrownBy(() -> laplace.release(new double[1], 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> laplace.release(new double[1], 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> laplace.noise(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }
}
