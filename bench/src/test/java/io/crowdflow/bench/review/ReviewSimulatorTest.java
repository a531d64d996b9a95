package io.crowdflow.bench.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewSimulatorTest {

    private final ReviewSimulator simulator = new ReviewSimulator(200, 3, 2000);

    @Test
    void withoutOverlapEveryTaskHasThreeSubmissionsEachDecidedOnceByThePlatformOrAHuman() {
        ReviewSimulator.Result result = simulator.run(new ReviewSimulator.Plan("mv", "majority-vote", 0.66, 3));

        assertThat(result.submissions()).isEqualTo(600);
        assertThat(result.automatic() + result.human()).isEqualTo(600);
        assertThat(result.extraAssignments()).isZero();
        assertThat(result.automaticRight()).isBetween(0, result.automatic());
    }

    @Test
    void aStricterTargetWithOverlapMakesExtraAssignmentsAndDecidesLessButBetter() {
        ReviewSimulator.Result loose = simulator.run(new ReviewSimulator.Plan("mv", "majority-vote", 0.66, 3));
        ReviewSimulator.Result strict = simulator.run(new ReviewSimulator.Plan("mv", "majority-vote", 1.0, 5));

        assertThat(strict.extraAssignments()).isPositive();
        assertThat(strict.submissions()).isEqualTo(600 + strict.extraAssignments());
        assertThat(strict.automaticShare()).isLessThan(loose.automaticShare());
        assertThat(strict.automaticAccuracy()).isGreaterThan(loose.automaticAccuracy());
    }
}
