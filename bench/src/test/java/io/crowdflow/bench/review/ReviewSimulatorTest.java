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

    @Test
    void goldIsMixedInAtTheRateAndWorkersWhoFailItAreFlaggedForHumansThenExcluded() {
        ReviewSimulator longer = new ReviewSimulator(3000, 1, 30000);
        ReviewSimulator.Result without = longer.run(new ReviewSimulator.Plan("mv", "majority-vote", 0.66, 3));
        ReviewSimulator.Result gold = longer.run(new ReviewSimulator.Plan("mv+gold", "majority-vote", 0.66, 3, 0.5));

        // one gold item per two ordinary assignments, the first assignment of each worker included: about half
        assertThat((double) gold.goldAnswers() / gold.submissions()).isBetween(0.49, 0.56);
        assertThat(gold.goldRight()).isBetween(0, gold.goldAnswers());
        // the review rule sends the work of workers below 0.7 on gold to humans: none of it decided automatically
        assertThat(gold.flagged()).isPositive().isLessThanOrEqualTo(gold.human());
        assertThat(gold.automatic()).isLessThan(without.automatic());
        // the eligibility rule takes out workers below 0.5 on 10 or more gold answers
        assertThat(gold.excludedAtEnd()).isPositive();
        assertThat(without.goldAnswers()).isZero();
        assertThat(without.excludedAtEnd()).isZero();
    }
}
