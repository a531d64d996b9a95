package io.crowdflow.review.domain.aggregation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dawid-Skene against majority vote on simulated crowds with known truth (fixed seeds). */
class AggregationOnSyntheticCrowdsTest {

    private final MajorityVote majority = new MajorityVote();
    private final DawidSkene dawidSkene = new DawidSkene();

    @Test
    void onABalancedCrowdDawidSkeneIsAtLeastAsAccurateAsMajorityVote() {
        SyntheticCrowd.Sample crowd = SyntheticCrowd.balanced(2_000, 42).generate();

        double mv = majority.aggregate(crowd.answers()).accuracyAgainst(crowd.truth());
        double ds = dawidSkene.aggregate(crowd.answers()).accuracyAgainst(crowd.truth());

        assertThat(ds).as("DS %.4f vs MV %.4f", ds, mv).isGreaterThanOrEqualTo(mv);
        assertThat(mv).isGreaterThan(0.9);
    }

    @Test
    void onBalancedCrowdsDawidSkeneIsAtLeastAsAccurateOnAverageAndNeverClearlyWorse() {
        // Without spammers the two are within a few items of each other on any one crowd (one seed of eight
        // has DS one item behind): so the claim is on the average, and "never worse by 0.2 points" per seed.
        double mvSum = 0;
        double dsSum = 0;
        for (long seed = 1; seed <= 8; seed++) {
            SyntheticCrowd.Sample crowd = SyntheticCrowd.balanced(2_000, seed).generate();
            double mv = majority.aggregate(crowd.answers()).accuracyAgainst(crowd.truth());
            double ds = dawidSkene.aggregate(crowd.answers()).accuracyAgainst(crowd.truth());
            assertThat(ds).as("seed %d: DS %.4f vs MV %.4f", seed, ds, mv).isGreaterThan(mv - 0.002);
            mvSum += mv;
            dsSum += ds;
        }
        assertThat(dsSum).isGreaterThanOrEqualTo(mvSum);
    }

    @Test
    void onASpammerHeavyCrowdDawidSkeneIsStrictlyMoreAccurateThanMajorityVote() {
        for (long seed = 1; seed <= 5; seed++) {
            SyntheticCrowd.Sample crowd = SyntheticCrowd.spammerHeavy(2_000, seed).generate();

            double mv = majority.aggregate(crowd.answers()).accuracyAgainst(crowd.truth());
            double ds = dawidSkene.aggregate(crowd.answers()).accuracyAgainst(crowd.truth());

            assertThat(ds).as("seed %d: DS %.4f vs MV %.4f", seed, ds, mv).isGreaterThan(mv + 0.02);
        }
    }

    @Test
    void dawidSkeneFindsTheSpammers() {
        SyntheticCrowd crowd = SyntheticCrowd.spammerHeavy(2_000, 7);
        AggregationResult result = dawidSkene.aggregate(crowd.generate().answers());

        // workers w0..w19 are the spammers (40 % of 50): a random answer among 3 is right a third of the time
        for (int w = 0; w < 50; w++) {
            double estimate = result.workerAccuracyOf("w" + w);
            if (w < 20) {
                assertThat(estimate).as("spammer w%d", w).isBetween(0.2, 0.47);
            } else {
                assertThat(estimate).as("reliable w%d", w).isGreaterThan(0.53);
            }
        }
    }

    @Test
    void dawidSkeneConvergesOnTenThousandItemsWithFiveClasses() {
        SyntheticCrowd.Sample crowd = new SyntheticCrowd(10_000, 5, 200, 3, 0.2, 0.55, 0.95, 3).generate();

        AggregationResult result = dawidSkene.aggregate(crowd.answers());

        assertThat(crowd.answers().size()).isEqualTo(30_000);
        assertThat(result.converged()).isTrue();
        assertThat(result.accuracyAgainst(crowd.truth()))
                .isGreaterThanOrEqualTo(majority.aggregate(crowd.answers()).accuracyAgainst(crowd.truth()));
    }

    @Test
    void theSameSeedGivesTheSameCrowd() {
        SyntheticCrowd crowd = SyntheticCrowd.spammerHeavy(100, 42);
        assertThat(crowd.generate().truth()).isEqualTo(crowd.generate().truth());
        assertThat(majority.aggregate(crowd.generate().answers()).itemLabels())
                .isEqualTo(majority.aggregate(crowd.generate().answers()).itemLabels());
    }
}
