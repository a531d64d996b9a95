package io.crowdflow.review.domain.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Hand-checked posteriors of the one-coin model with accuracies from gold records. */
class WeightedVoteTest {

    private static CrowdAnswers threeAnswers(String a, String b, String c) {
        return CrowdAnswers.builder().add("t1", "a", a).add("t1", "b", b).add("t1", "c", c).build();
    }

    @Test
    void threeNewcomersWhoAgreeAreLessSureThanMajorityVoteSays() {
        // p = 0.5 each, K = 3: weight ln(0.5 * 2 / 0.5) = ln 2; posterior 8 / (8 + 1 + 1)
        AggregationResult result = new WeightedVote(Map.of(), 3).aggregate(threeAnswers("cat", "cat", "cat"));

        assertThat(result.labelOf("t1")).isEqualTo("cat");
        assertThat(result.confidenceOf("t1")).isEqualTo(0.8, within(1e-12));
        assertThat(result.tied(0)).isFalse();
    }

    @Test
    void twoNewcomersOutvotingAThirdGiveFourSevenths() {
        // scores: cat 2 ln 2, dog ln 2, bird 0 -> 4 / (4 + 2 + 1)
        AggregationResult result = new WeightedVote(Map.of(), 3).aggregate(threeAnswers("cat", "dog", "cat"));

        assertThat(result.labelOf("t1")).isEqualTo("cat");
        assertThat(result.confidenceOf("t1")).isEqualTo(4.0 / 7, within(1e-12));
    }

    @Test
    void oneWorkerWithAGoodGoldRecordOutweighsTwoWhoGuess() {
        // a: 19 of 20 gold right -> p = 20 / 22; b and c: 2 of 10 -> p = 3 / 12, worse than guessing: weight 0
        Map<String, WeightedVote.GoldRecord> records = Map.of("a", new WeightedVote.GoldRecord(20, 19),
                "b", new WeightedVote.GoldRecord(10, 2), "c", new WeightedVote.GoldRecord(10, 2));
        AggregationResult result = new WeightedVote(records, 3).aggregate(threeAnswers("dog", "cat", "cat"));

        double p = 20.0 / 22;
        double odds = p * 2 / (1 - p); // exp(weight of a)
        assertThat(result.labelOf("t1")).isEqualTo("dog");
        assertThat(result.confidenceOf("t1")).isEqualTo(odds / (odds + 2), within(1e-12));
        assertThat(result.workerAccuracyOf("b")).isEqualTo(0.25, within(1e-12));
    }

    @Test
    void workersNoBetterThanGuessingDecideNothing() {
        Map<String, WeightedVote.GoldRecord> records = Map.of("a", new WeightedVote.GoldRecord(10, 1),
                "b", new WeightedVote.GoldRecord(10, 2), "c", new WeightedVote.GoldRecord(10, 0));
        AggregationResult result = new WeightedVote(records, 3).aggregate(threeAnswers("cat", "cat", "cat"));

        assertThat(result.tied(0)).isTrue();
        assertThat(result.confidenceOf("t1")).isEqualTo(1.0 / 3, within(1e-12));
    }

    @Test
    void evenlySplitWeightsAreATie() {
        AggregationResult result = new WeightedVote(Map.of(), 2).aggregate(CrowdAnswers.builder()
                .add("t1", "a", "yes").add("t1", "b", "no").build());

        assertThat(result.tied(0)).isTrue();
        assertThat(result.confidenceOf("t1")).isEqualTo(0.5, within(1e-12));
    }

    @Test
    void withoutTheTasksLabelCountTheLabelsSeenAreTheClasses() {
        // K = 2 (cat, dog seen): weight ln(0.5 / 0.5) = 0 for newcomers: a tie whatever the votes
        AggregationResult seen = new WeightedVote(Map.of(), 0).aggregate(threeAnswers("cat", "dog", "cat"));
        // K = 4 declared by the task: weight ln(0.5 * 3 / 0.5) = ln 3; 9 / (9 + 3 + 1 + 1)
        AggregationResult declared = new WeightedVote(Map.of(), 4).aggregate(threeAnswers("cat", "dog", "cat"));

        assertThat(seen.tied(0)).isTrue();
        assertThat(declared.confidenceOf("t1")).isEqualTo(9.0 / 14, within(1e-12));
    }

    @Test
    void aGoldItemKeepsItsKnownAnswer() {
        AggregationResult result = new WeightedVote(Map.of(), 3).aggregate(threeAnswers("cat", "cat", "dog"),
                Map.of("t1", "dog"));

        assertThat(result.labelOf("t1")).isEqualTo("dog");
        assertThat(result.confidenceOf("t1")).isEqualTo(1.0);
    }

    @Test
    void itemsAreWeighedApartAndTheReasonNamesNoWorker() {
        Map<String, WeightedVote.GoldRecord> records = Map.of("alice", new WeightedVote.GoldRecord(8, 8));
        WeightedVote vote = new WeightedVote(records, 3);
        AggregationResult result = vote.aggregate(CrowdAnswers.builder()
                .add("t1", "alice", "cat").add("t1", "bob", "dog")
                .add("t2", "alice", "dog").add("t2", "bob", "dog").build());

        assertThat(result.labelOf("t1")).isEqualTo("cat");
        assertThat(result.labelOf("t2")).isEqualTo("dog");
        assertThat(vote.basisOf(result, "t1"))
                .contains("'cat' 0.90 (8 of 8)").contains("'dog' 0.50 (0 of 0)")
                .doesNotContain("alice").doesNotContain("bob");
    }

    @Test
    void aGoldRecordCannotClaimMoreRightThanAnswered() {
        assertThatThrownBy(() -> new WeightedVote.GoldRecord(2, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
