package io.crowdflow.assignment.domain.bandit;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class HybridBanditModelTest {

    @Test
    void withoutArmsItIsRidgeRegressionAndRecoversALinearReward() {
        HybridBanditModel model = HybridBanditModel.prior(3, 1.0, 1.0);
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 5000; n++) {
            double[] x = {1, random.nextDouble(), random.nextDouble()};
            model.update(null, null, x, 0.2 - 0.4 * x[1] + 0.9 * x[2] + random.nextGaussian() * 0.05);
        }
        assertThat(model.beta()).containsExactly(new double[]{0.2, -0.4, 0.9}, within(0.02));
        assertThat(model.armsOf("labeling")).isEmpty();
    }

    @Test
    void twoWorkersWithTheSameFeaturesAreToldApartByTheirOwnOutcomesOnTheType() {
        HybridBanditModel model = HybridBanditModel.prior(2, 1.0, 1.0);
        SplittableRandom random = new SplittableRandom(3);
        double[] x = {1, 0.5};
        for (int n = 0; n < 400; n++) {
            model.update("labeling", "good", x, random.nextDouble() < 0.9 ? 1 : 0);
            model.update("labeling", "poor", x, random.nextDouble() < 0.3 ? 1 : 0);
        }
        double good = model.sharedMean(x) + model.intercept(model.armsOf("labeling").get("good"));
        double poor = model.sharedMean(x) + model.intercept(model.armsOf("labeling").get("poor"));
        assertThat(good).isCloseTo(0.9, within(0.05));
        assertThat(poor).isCloseTo(0.3, within(0.07));
        // on another type both are newcomers: the shared part alone, with the arm's full prior width
        assertThat(model.armsOf("translation")).isEmpty();
        assertThat(model.intercept(null)).isZero();
        assertThat(model.armVariance(null)).isEqualTo(1.0);
        assertThat(model.armVariance(model.armsOf("labeling").get("good"))).isEqualTo(1.0 / 401);
    }

    @Test
    void theArmTableGivesEachWorkersTermsUnderTheModelAndNoneForANewcomer() {
        HybridBanditModel model = HybridBanditModel.prior(2, 1.0, 1.0);
        SplittableRandom random = new SplittableRandom(4);
        for (int n = 0; n < 3000; n++) {
            int w = random.nextInt(300);
            model.update("t", "w" + w, new double[]{1, random.nextDouble()}, random.nextDouble() < w / 300.0 ? 1 : 0);
        }
        ArmTable table = model.armTermsOf("t");
        assertThat(table.size()).isEqualTo(model.armsOf("t").size());
        double[] x = {1, 0.3};
        double[] column = {1, 0.3};     // one candidate, column-major (stride 1)
        model.armsOf("t").forEach((worker, arm) -> {
            int slot = table.slot(new String(worker));     // equal, not the same string
            assertThat(slot).isNotNegative();
            assertThat(table.intercept(slot)).isEqualTo(model.intercept(arm));
            // the squared width in three parts: shared, linear in x, constant; together Li et al.'s width
            assertThat(model.sharedVariance(x) + table.crossVariance(slot, column, 1, 0) + table.variance(slot))
                    .isCloseTo(model.variance(arm, x), within(1e-12));
            assertThat(model.variance(arm, x)).isGreaterThanOrEqualTo(model.armVariance(arm));
            assertThat(table.count(slot)).isEqualTo(arm.n());
            assertThat(table.rewards(slot)).isEqualTo(arm.rewards());
        });
        assertThat(table.slot("someone-new")).isEqualTo(-1);
        assertThat(model.armTermsOf("other").slot("w1")).isEqualTo(-1);
        assertThat(model.armTermsOf("t")).isSameAs(table);     // once per model and type
        HybridBanditModel next = model.copy();
        next.update("t", "w1", new double[]{1, 0}, 1);
        assertThat(next.armTermsOf("t")).isNotSameAs(table);
    }

    @Test
    void theLoadPenaltyIsLearnedWithinArmsEvenWhenTheBestWorkersAreTheBusiestOnes() {
        // accuracy 0.9 for the busy specialist, 0.4 for the idle one; load costs 0.3 whoever works.
        // Pooled regression would see "busy -> accepted" and learn a positive load weight.
        HybridBanditModel model = HybridBanditModel.prior(2, 1.0, 1.0);
        HybridBanditModel pooled = HybridBanditModel.prior(2, 1.0, 1.0);
        SplittableRandom random = new SplittableRandom(9);
        for (int n = 0; n < 4000; n++) {
            double busyLoad = 0.6 + 0.4 * random.nextDouble();
            double idleLoad = 0.4 * random.nextDouble();
            double busyReward = random.nextDouble() < 0.9 - 0.3 * busyLoad ? 1 : 0;
            double idleReward = random.nextDouble() < 0.4 - 0.3 * idleLoad ? 1 : 0;
            model.update("t", "specialist", new double[]{1, busyLoad}, busyReward);
            model.update("t", "idle", new double[]{1, idleLoad}, idleReward);
            pooled.update(null, null, new double[]{1, busyLoad}, busyReward);
            pooled.update(null, null, new double[]{1, idleLoad}, idleReward);
        }
        assertThat(model.beta()[1]).isCloseTo(-0.3, within(0.08));
        assertThat(pooled.beta()[1]).isPositive();
    }

    @Test
    void foldingTheSameObservationsInAnyOrderGivesTheSameModelSoTwoNodesAgree() {
        record Obs(String type, String worker, double[] x, double r) {
        }
        SplittableRandom random = new SplittableRandom(21);
        List<Obs> log = new ArrayList<>();
        for (int n = 0; n < 600; n++) {
            log.add(new Obs(n % 5 == 0 ? null : "t" + random.nextInt(3), "w" + random.nextInt(20),
                    new double[]{1, random.nextDouble(), random.nextDouble()}, random.nextInt(2)));
        }
        HybridBanditModel inOrder = HybridBanditModel.prior(3, 1.0, 2.0);
        log.forEach(o -> inOrder.update(o.type(), o.worker(), o.x(), o.r()));
        List<Obs> shuffled = new ArrayList<>(log);
        Collections.shuffle(shuffled, new Random(5));
        HybridBanditModel otherOrder = HybridBanditModel.prior(3, 1.0, 2.0);
        shuffled.forEach(o -> otherOrder.update(o.type(), o.worker(), o.x(), o.r()));

        assertThat(otherOrder.beta()).containsExactly(inOrder.beta(), within(1e-9));
        double[] x = {1, 0.4, 0.7};
        for (String worker : List.of("w1", "w7", "w19")) {
            assertThat(otherOrder.intercept(otherOrder.armsOf("t1").get(worker)))
                    .isCloseTo(inOrder.intercept(inOrder.armsOf("t1").get(worker)), within(1e-9));
        }
        assertThat(otherOrder.sharedVariance(x)).isCloseTo(inOrder.sharedVariance(x), within(1e-9));
        assertThat(otherOrder.observations()).isEqualTo(600);
    }

    @Test
    void scoringManyCandidatesAtOnceAgreesWithScoringEachAlone() {
        int d = 8;
        HybridBanditModel model = HybridBanditModel.prior(d, 1.0, 1.0);
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 300; n++) {
            double[] x = new double[d];
            for (int i = 0; i < d; i++) {
                x[i] = random.nextDouble();
            }
            model.update("t", "w" + random.nextInt(10), x, random.nextDouble() < 0.4 ? 1 : 0);
        }
        int n = 50;
        double[] matrix = new double[n * d];
        for (int c = 0; c < n; c++) {
            double[] x = {1, 0.3, random.nextDouble(), 0, random.nextDouble(), 0.7, random.nextDouble(), 1};
            for (int j = 0; j < d; j++) {
                matrix[j * n + c] = x[j];     // column-major
            }
        }
        double[] means = new double[n];
        double[] variances = new double[n];
        model.sharedScores(matrix, n, n, means, variances);
        for (int c = 0; c < n; c++) {
            double[] x = new double[d];
            for (int j = 0; j < d; j++) {
                x[j] = matrix[j * n + c];
            }
            assertThat(means[c]).isCloseTo(model.sharedMean(x), within(1e-12));
            assertThat(variances[c]).isCloseTo(model.sharedVariance(x), within(1e-12));
        }
    }

    @Test
    void theSharedWidthShrinksAlongObservedDirectionsOnly() {
        HybridBanditModel model = HybridBanditModel.prior(2, 1.0, 1.0);
        double[] seen = {1, 0};
        double[] unseen = {0, 1};
        double before = model.sharedVariance(seen);
        for (int n = 0; n < 99; n++) {
            model.update(null, null, seen, 1);
        }
        assertThat(model.sharedVariance(seen)).isCloseTo(before / 100, within(1e-12));
        assertThat(model.sharedVariance(unseen)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aCopyIsIndependentOfItsOriginal() {
        HybridBanditModel model = HybridBanditModel.prior(2, 1.0, 1.0);
        model.update("t", "w", new double[]{1, 0}, 1);
        HybridBanditModel copy = model.copy();
        copy.update("t", "w", new double[]{1, 1}, 1);
        copy.update("t", "v", new double[]{1, 1}, 0);
        assertThat(model.observations()).isEqualTo(1);
        assertThat(model.armsOf("t")).containsOnlyKeys("w");
        assertThat(model.armsOf("t").get("w").n()).isEqualTo(1);
        assertThat(copy.armsOf("t").get("w").n()).isEqualTo(2);
    }

    @Test
    void featureVectorsOfTheWrongLengthAndBadPriorsAreRefused() {
        HybridBanditModel model = HybridBanditModel.prior(3, 1.0, 1.0);
        assertThatThrownBy(() -> model.update("t", "w", new double[2], 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HybridBanditModel.prior(3, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HybridBanditModel.prior(3, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
