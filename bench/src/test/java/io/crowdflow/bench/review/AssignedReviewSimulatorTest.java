package io.crowdflow.bench.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignedReviewSimulatorTest {

    private final AssignedReviewSimulator simulator = new AssignedReviewSimulator(1500, 2, 0.95);

    @Test
    void withoutOverlapEveryTaskHasThreeSubmissionsEachDecidedOnceByThePlatformOrAHuman() {
        AssignedReviewSimulator.Result result = simulator.run(new AssignedReviewSimulator.Plan("mv", "linucb",
                "majority-vote", 0.66, 3, 0.10));

        assertThat(result.unassigned()).isZero();
        assertThat(result.submissions()).isEqualTo(4500);
        assertThat(result.automatic() + result.human()).isEqualTo(4500);
        assertThat(result.extraAssignments()).isZero();
        // gold at 0.10: each worker's first assignment and then one in ten
        assertThat(result.goldAnswers()).isBetween(450, 450 + result.workersUsed());
    }

    @Test
    void thePlatformsPolicyGivesWorkToBetterWorkersThanChanceDoes() {
        AssignedReviewSimulator.Result random = simulator.run(new AssignedReviewSimulator.Plan("random", "random",
                "majority-vote", 0.66, 3, 0.10));
        AssignedReviewSimulator.Result learned = simulator.run(new AssignedReviewSimulator.Plan("linucb", "linucb",
                "majority-vote", 0.66, 3, 0.10));

        assertThat(learned.answerAccuracy()).isGreaterThan(random.answerAccuracy() + 0.05);
        assertThat(learned.automaticAccuracy()).isGreaterThan(random.automaticAccuracy());
    }

    @Test
    void weightedVoteAtAHigherTargetDecidesMoreRightlyThanMajorityVoteAtTwoThirds() {
        AssignedReviewSimulator.Result majority = simulator.run(new AssignedReviewSimulator.Plan("mv", "linucb",
                "majority-vote", 0.66, 3, 0.10));
        AssignedReviewSimulator.Result weighted = simulator.run(new AssignedReviewSimulator.Plan("wv", "linucb",
                "weighted-vote", 0.80, 5, 0.10, 0.5));

        assertThat(weighted.extraAssignments()).isPositive();
        assertThat(weighted.submissions()).isEqualTo(4500 + weighted.extraAssignments());
        assertThat(weighted.automaticAccuracy()).isGreaterThan(majority.automaticAccuracy());
    }
}
