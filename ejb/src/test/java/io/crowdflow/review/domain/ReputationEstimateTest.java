package io.crowdflow.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import io.crowdflow.review.domain.aggregation.AggregationResult;
import io.crowdflow.review.domain.aggregation.CrowdAnswers;
import io.crowdflow.review.domain.aggregation.DawidSkene;
import io.crowdflow.review.domain.aggregation.SyntheticCrowd;
import io.crowdflow.rules.review.WorkerGoldRecord;
import org.junit.jupiter.api.Test;

class ReputationEstimateTest {

    @Test
    void goldAnswersCountExactlyAndThePriorShrinksAFewAnswersTowardsOneHalf() {
        CrowdAnswers answers = CrowdAnswers.builder()
                .add("g1", "w1", "cat").add("g2", "w1", "dog").add("g3", "w1", "cat")
                .add("g1", "w2", "cat").add("g2", "w2", "cat").add("g3", "w2", "dog").build();
        Map<String, String> gold = Map.of("g1", "cat", "g2", "dog", "g3", "cat");
        AggregationResult result = new DawidSkene().aggregate(answers, gold);

        ReputationEstimate right = ReputationEstimate.of(result, gold, "w1");
        ReputationEstimate wrong = ReputationEstimate.of(result, gold, "w2");

        assertThat(right.goldAnswered()).isEqualTo(3);
        assertThat(right.goldCorrect()).isEqualTo(3);
        assertThat(right.modelAccuracy()).isCloseTo(1.0, within(1e-9));
        assertThat(right.estimatedAccuracy()).isCloseTo((3 * 1.0 + 1) / 5, within(1e-9));
        assertThat(wrong.goldCorrect()).isEqualTo(1);
        assertThat(wrong.modelAccuracy()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(wrong.estimatedAccuracy()).isCloseTo((3 * (1.0 / 3) + 1) / 5, within(1e-9));
        assertThat(right.explanation()).contains("3 of 3 gold questions of this type right").contains("= 0.800");

        // the whole-history gold record replaces the pool's counts and leaves the estimate alone
        ReputationEstimate allTime = right.withGoldRecord(new WorkerGoldRecord("w1", 40, 31));
        assertThat(allTime.goldAnswered()).isEqualTo(40);
        assertThat(allTime.goldCorrect()).isEqualTo(31);
        assertThat(allTime.estimatedAccuracy()).isEqualTo(right.estimatedAccuracy());
        assertThat(allTime.explanation()).contains("all time: 31 of 40 gold questions of this type right");
        assertThat(right.withGoldRecord(null)).isEqualTo(right);
    }

    @Test
    void onTheSpammerHeavyCrowdSpammersGetALowerReputationThanEveryReliableWorker() {
        SyntheticCrowd.Sample crowd = SyntheticCrowd.spammerHeavy(2000, 1).generate();
        AggregationResult result = new DawidSkene().aggregate(crowd.answers(), Map.of());

        double worstReliable = 1;
        double bestSpammer = 0;
        for (String worker : crowd.answers().workers()) {
            double estimate = ReputationEstimate.of(result, Map.of(), worker).estimatedAccuracy();
            // workers w0..w19 are the spammers (40 % of 50)
            if (Integer.parseInt(worker.substring(1)) < 20) {
                bestSpammer = Math.max(bestSpammer, estimate);
            } else {
                worstReliable = Math.min(worstReliable, estimate);
            }
        }
        assertThat(bestSpammer).isLessThan(worstReliable);
    }
}
