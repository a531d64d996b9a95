package io.crowdflow.assignment.domain.bandit;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinearBanditModelTest {

    @Test
    void shermanMorrisonUpdatesMatchADirectInverseOfA() {
        int d = 5;
        double lambda = 0.7;
        LinearBanditModel model = LinearBanditModel.prior(d, lambda);
        double[][] a = new double[d][d];
        for (int i = 0; i < d; i++) {
            a[i][i] = lambda;
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 200; n++) {
            double[] x = new double[d];
            for (int i = 0; i < d; i++) {
                x[i] = random.nextDouble();
            }
            model.update(x, random.nextDouble());
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    a[i][j] += x[i] * x[j];
                }
            }
        }
        double[][] product = multiply(a, model.inverse());
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                assertThat(product[i][j]).isCloseTo(i == j ? 1 : 0, within(1e-9));
            }
        }
        assertThat(model.observations()).isEqualTo(200);
    }

    @Test
    void theRidgeEstimateRecoversALinearRewardFunction() {
        double[] truth = {0.2, -0.4, 0.9};
        LinearBanditModel model = LinearBanditModel.prior(3, 1.0);
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 5000; n++) {
            double[] x = {1, random.nextDouble(), random.nextDouble()};
            double reward = truth[0] + truth[1] * x[1] + truth[2] * x[2] + random.nextGaussian() * 0.05;
            model.update(x, reward);
        }
        assertThat(model.theta()).containsExactly(new double[]{0.2, -0.4, 0.9}, within(0.02));
    }

    @Test
    void theConfidenceWidthShrinksAlongObservedDirectionsOnly() {
        LinearBanditModel model = LinearBanditModel.prior(2, 1.0);
        double[] seen = {1, 0};
        double[] unseen = {0, 1};
        double before = model.width(seen);
        for (int n = 0; n < 99; n++) {
            model.update(seen, 1);
        }
        assertThat(model.width(seen)).isCloseTo(before / 10, within(1e-12));
        assertThat(model.width(unseen)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void scoringManyCandidatesAtOnceAgreesWithScoringEachAlone() {
        int d = 8;
        LinearBanditModel model = LinearBanditModel.prior(d, 1.0);
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 300; n++) {
            double[] x = new double[d];
            for (int i = 0; i < d; i++) {
                x[i] = random.nextDouble();
            }
            model.update(x, random.nextDouble() < 0.4 ? 1 : 0);
        }
        double[][] xs = new double[50][];
        for (int c = 0; c < xs.length; c++) {
            double[] x = {1, 0.3, random.nextDouble(), 0, random.nextDouble(), 0.7, random.nextDouble(), 1};
            xs[c] = x;
        }
        double[] means = new double[xs.length];
        double[] widths = new double[xs.length];
        model.meansAndWidths(xs, means, widths);
        for (int c = 0; c < xs.length; c++) {
            assertThat(means[c]).isCloseTo(model.mean(xs[c]), within(1e-12));
            assertThat(widths[c]).isCloseTo(model.width(xs[c]), within(1e-12));
        }
    }

    @Test
    void aCopyIsIndependentOfItsOriginal() {
        LinearBanditModel model = LinearBanditModel.prior(2, 1.0);
        LinearBanditModel copy = model.copy();
        copy.update(new double[]{1, 1}, 1);
        assertThat(model.observations()).isZero();
        assertThat(model.mean(new double[]{1, 1})).isZero();
    }

    @Test
    void featureVectorsOfTheWrongLengthAreRefused() {
        LinearBanditModel model = LinearBanditModel.prior(3, 1.0);
        assertThatThrownBy(() -> model.update(new double[2], 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinearBanditModel.prior(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int d = a.length;
        double[][] c = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }
}
