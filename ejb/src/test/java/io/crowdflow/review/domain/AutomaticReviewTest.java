package io.crowdflow.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.crowdflow.review.domain.AutomaticReview.Answer;
import io.crowdflow.review.domain.AutomaticReview.Decision;
import io.crowdflow.review.domain.AutomaticReview.Outcome;
import io.crowdflow.review.domain.aggregation.MajorityVote;
import io.crowdflow.rules.review.ReviewVerdict;
import org.junit.jupiter.api.Test;

class AutomaticReviewTest {

    private final AutomaticReview review = new AutomaticReview(new MajorityVote(), 3, 0.66);
    private final ReviewVerdict noFindings = new ReviewVerdict("review:test");

    private static Map<String, Decision> bySubmission(List<Decision> decisions) {
        return decisions.stream().collect(Collectors.toMap(Decision::submissionId, d -> d));
    }

    @Test
    void twoOfThreeAgreeingAreAcceptedAndTheOutlierIsRejectedWithTheEvidence() {
        Map<String, Decision> d = bySubmission(review.decide("t1", List.of(new Answer("s1", "w1", "cat"),
                new Answer("s2", "w2", "cat"), new Answer("s3", "w3", "dog")), noFindings));

        assertThat(d.get("s1").outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(d.get("s2").outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(d.get("s3").outcome()).isEqualTo(Outcome.REJECT);
        assertThat(d.get("s3").reason()).isEqualTo("differs from the aggregated answer: majority-vote gives 'cat'"
                + " with confidence 0.67 (2 of 3 answers); review rules fired: none (review:test)");
        assertThat(d.get("s1").reason()).startsWith("agrees with the aggregated answer: majority-vote gives 'cat'");
    }

    @Test
    void twoDifferentAnswersAreNotConfidentAndGoToHumans() {
        List<Decision> decisions = review.decide("t1",
                List.of(new Answer("s1", "w1", "cat"), new Answer("s2", "w2", "dog")), noFindings);

        assertThat(decisions).extracting(Decision::outcome).containsOnly(Outcome.HUMAN_REVIEW);
        assertThat(decisions.get(0).reason()).startsWith("not confident: majority-vote gives 'cat' with confidence 0.50");
    }

    @Test
    void aThreeWayTieOrTooFewAnswersGoToHumans() {
        assertThat(review.decide("t1", List.of(new Answer("s1", "w1", "a"), new Answer("s2", "w2", "b"),
                new Answer("s3", "w3", "c")), noFindings)).extracting(Decision::outcome).containsOnly(Outcome.HUMAN_REVIEW);
        assertThat(review.decide("t1", List.of(new Answer("s1", "w1", "a"), new Answer("s2", "w2", "a")), noFindings))
                .extracting(Decision::outcome).containsOnly(Outcome.HUMAN_REVIEW);
    }

    @Test
    void answersWithoutALabelGoToHumansAndDoNotVote() {
        Map<String, Decision> d = bySubmission(review.decide("t1", List.of(new Answer("s1", "w1", "cat"),
                new Answer("s2", "w2", "cat"), new Answer("s3", "w3", "cat"), new Answer("s4", "w4", null)),
                noFindings));

        assertThat(d.get("s4").outcome()).isEqualTo(Outcome.HUMAN_REVIEW);
        assertThat(d.get("s4").reason()).isEqualTo("the answer has no label to aggregate");
        assertThat(d.get("s1").outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(d.get("s1").reason()).contains("confidence 1.00 (3 of 3 answers)");
    }

    @Test
    void ruleRejectionsAreFinalRuleFlagsGoToHumansAndNeitherVotes() {
        ReviewVerdict verdict = new ReviewVerdict("review:test");
        verdict.reject("s4", "An empty answer is rejected", "The answer is empty.");
        verdict.flag("s5", "An answer submitted faster than the minimum work time is flagged", "fast");

        Map<String, Decision> d = bySubmission(review.decide("t1", List.of(new Answer("s1", "w1", "cat"),
                new Answer("s2", "w2", "cat"), new Answer("s3", "w3", "dog"), new Answer("s4", "w4", ""),
                new Answer("s5", "w5", "dog")), verdict));

        assertThat(d.get("s4").outcome()).isEqualTo(Outcome.REJECT);
        assertThat(d.get("s4").reason()).isEqualTo("rejected by review rules: An empty answer is rejected (review:test)");
        assertThat(d.get("s5").outcome()).isEqualTo(Outcome.HUMAN_REVIEW);
        assertThat(d.get("s5").reason()).startsWith("flagged by review rules: An answer submitted faster");
        assertThat(d.get("s1").outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(d.get("s3").outcome()).isEqualTo(Outcome.REJECT);
        assertThat(d.get("s3").reason()).contains("(2 of 3 answers)");
    }

    @Test
    void thresholdsMustMakeSense() {
        assertThatThrownBy(() -> new AutomaticReview(new MajorityVote(), 0, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AutomaticReview(new MajorityVote(), 3, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void belowTheTargetWithAssignmentsLeftOnlyTheRulesRejectionsAreDecidedAndOneMoreAssignmentIsAsked() {
        ReviewVerdict verdict = new ReviewVerdict("review:test");
        verdict.reject("s4", "An empty answer is rejected", "empty");
        AutomaticReview strict = new AutomaticReview(new MajorityVote(), 3, 0.8);

        AutomaticReview.Review r = strict.review("t1", List.of(new Answer("s1", "w1", "cat"),
                new Answer("s2", "w2", "cat"), new Answer("s3", "w3", "dog"), new Answer("s4", "w4", "")), verdict,
                AutomaticReview.Pool.EMPTY, new AutomaticReview.Overlap(4, 5));

        assertThat(r.extraAssignment()).isTrue();
        assertThat(r.decisions()).extracting(Decision::submissionId).containsExactly("s4");
        assertThat(r.summary()).contains("confidence 0.67 (2 of 3 answers)").contains("one more assignment (5 of at most 5)");
    }

    @Test
    void belowTheTargetWithNoAssignmentLeftTheAnswersGoToHumansWithTheCount() {
        AutomaticReview strict = new AutomaticReview(new MajorityVote(), 3, 0.8);

        AutomaticReview.Review r = strict.review("t1", List.of(new Answer("s1", "w1", "cat"),
                new Answer("s2", "w2", "cat"), new Answer("s3", "w3", "dog")), noFindings,
                AutomaticReview.Pool.EMPTY, new AutomaticReview.Overlap(5, 5));

        assertThat(r.extraAssignment()).isFalse();
        assertThat(r.decisions()).extracting(Decision::outcome).containsOnly(Outcome.HUMAN_REVIEW);
        assertThat(r.decisions().get(0).reason()).contains("no more assignments (5 of at most 5)");
    }

    @Test
    void majorityVoteDoesNotClaimToLearnFromThePool() {
        AutomaticReview.Pool pool = new AutomaticReview.Pool(List.of(new AutomaticReview.PooledAnswer("t0", "w3", "dog")),
                Map.of());

        AutomaticReview.Review r = review.review("t1", List.of(new Answer("s1", "w1", "cat"),
                new Answer("s2", "w2", "cat"), new Answer("s3", "w3", "dog")), noFindings, pool, AutomaticReview.Overlap.NONE);

        assertThat(r.summary()).isEqualTo("majority-vote gives 'cat' with confidence 0.67 (2 of 3 answers)");
    }

    @Test
    void majorityVoteIgnoresThePoolButAGoldQuestionIsDecidedByItsKnownAnswerWithoutAQuorum() {
        AutomaticReview.Pool pool = new AutomaticReview.Pool(List.of(new AutomaticReview.PooledAnswer("t0", "w3", "dog"),
                new AutomaticReview.PooledAnswer("t0", "w1", "cat")), Map.of("t1", "dog"));

        AutomaticReview.Review r = review.review("t1", List.of(new Answer("s1", "w1", "cat"),
                new Answer("s2", "w3", "dog")), noFindings, pool, AutomaticReview.Overlap.NONE);

        Map<String, Decision> d = bySubmission(r.decisions());
        assertThat(d.get("s2").outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(d.get("s1").outcome()).isEqualTo(Outcome.REJECT);
        assertThat(d.get("s1").reason()).contains("majority-vote gives 'dog' with confidence 1.00 (1 of 2 answers;"
                + " a gold question)");
    }

    @Test
    void weightedVoteDecidesWhenWorkersWithGoodGoldRecordsAgreeAndSaysWhatTheWeightsRestOn() {
        AutomaticReview weighted = new AutomaticReview(new io.crowdflow.review.domain.aggregation.WeightedVote(Map.of(
                "w1", new io.crowdflow.review.domain.aggregation.WeightedVote.GoldRecord(10, 9),
                "w2", new io.crowdflow.review.domain.aggregation.WeightedVote.GoldRecord(10, 9)), 3), 3, 0.8);
        List<Answer> answers = List.of(new Answer("s1", "w1", "cat"), new Answer("s2", "w2", "cat"),
                new Answer("s3", "w3", "dog"));

        Map<String, Decision> proven = bySubmission(weighted.decide("t1", answers, noFindings));
        // the same answers from three newcomers: 4 / 7 for 'cat', not enough
        Map<String, Decision> newcomers = bySubmission(new AutomaticReview(
                new io.crowdflow.review.domain.aggregation.WeightedVote(Map.of(), 3), 3, 0.8)
                .decide("t1", answers, noFindings));

        assertThat(proven.get("s1").outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(proven.get("s3").outcome()).isEqualTo(Outcome.REJECT);
        assertThat(proven.get("s3").reason()).startsWith("differs from the aggregated answer: weighted-vote gives 'cat'")
                .contains("(2 of 3 answers; weights from the workers' gold records, accuracy (gold right of answered):"
                        + " 'cat' 0.83 (9 of 10), 0.83 (9 of 10); 'dog' 0.50 (0 of 0))")
                .doesNotContain("w1");
        assertThat(newcomers.values()).extracting(Decision::outcome).containsOnly(Outcome.HUMAN_REVIEW);
        assertThat(newcomers.get("s1").reason()).startsWith("not confident: weighted-vote gives 'cat' with confidence 0.57");
    }
}
