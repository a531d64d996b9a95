package io.crowdflow.assignment.domain;

import io.crowdflow.assignment.domain.LearningCurve.Observation;
import io.crowdflow.assignment.domain.LearningCurve.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearningCurveTest {

    private static final Instant FROM = Instant.parse("2026-11-20T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-23T00:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void eachPolicyGetsItsMeanRewardPerBucketAndARunningMeanWithoutInventingRewardForEmptyBuckets() {
        LearningCurve curve = LearningCurve.of(FROM, TO, DAY, List.of(
                new Outcome(at("2026-11-20T08:00:00Z"), "linucb/1", 1),
                new Outcome(at("2026-11-20T09:00:00Z"), "linucb/1", 0),
                new Outcome(at("2026-11-22T23:59:59Z"), "linucb/1", 1),
                new Outcome(at("2026-11-21T12:00:00Z"), "round-robin/1", 0)), List.of(), 0, false);

        assertThat(curve.starts()).containsExactly(FROM, at("2026-11-21T00:00:00Z"), at("2026-11-22T00:00:00Z"));
        assertThat(curve.series()).extracting(LearningCurve.Series::policy).containsExactly("linucb/1", "round-robin/1");
        LearningCurve.Series linucb = curve.series().get(0);
        assertThat(linucb.outcomes()).isEqualTo(3);
        assertThat(linucb.meanReward()).isEqualTo(0.6667);
        assertThat(linucb.points()).extracting(LearningCurve.Point::count).containsExactly(2L, 0L, 1L);
        assertThat(linucb.points()).extracting(LearningCurve.Point::meanReward).containsExactly(0.5, null, 1.0);
        assertThat(linucb.points()).extracting(LearningCurve.Point::cumulativeMeanReward)
                .containsExactly(0.5, 0.5, 0.6667);
        LearningCurve.Series baseline = curve.series().get(1);
        assertThat(baseline.points()).extracting(LearningCurve.Point::cumulativeMeanReward)
                .containsExactly(null, 0.0, 0.0);
    }

    @Test
    void outcomesOutsideTheWindowAreLeftOutAndTheEndIsExclusive() {
        LearningCurve curve = LearningCurve.of(FROM, TO, DAY, List.of(
                new Outcome(FROM.minusMillis(1), "linucb/1", 1),
                new Outcome(TO, "linucb/1", 1),
                new Outcome(FROM, "linucb/1", 0)), List.of(), 0, false);

        assertThat(curve.series()).singleElement().satisfies(s -> {
            assertThat(s.outcomes()).isEqualTo(1);
            assertThat(s.meanReward()).isEqualTo(0.0);
        });
    }

    @Test
    void theObservationLogCarriesTheModelVersionAtEachBucketsEndCountingWhatCameBefore() {
        LearningCurve curve = LearningCurve.of(FROM, TO, DAY, List.of(), List.of(
                new Observation(at("2026-11-20T01:00:00Z"), 1),
                new Observation(at("2026-11-20T02:00:00Z"), 1),
                new Observation(at("2026-11-22T02:00:00Z"), 0)), 40, false);

        assertThat(curve.series()).isEmpty();
        assertThat(curve.observations()).extracting(LearningCurve.Point::modelVersion).containsExactly(42L, 42L, 43L);
        assertThat(curve.observations()).extracting(LearningCurve.Point::meanReward).containsExactly(1.0, null, 0.0);
    }

    @Test
    void hourlyBucketsCoverAPartialLastHour() {
        LearningCurve curve = LearningCurve.of(FROM, FROM.plus(Duration.ofMinutes(90)), Duration.ofHours(1),
                List.of(), List.of(), 0, false);

        assertThat(curve.starts()).containsExactly(FROM, FROM.plus(Duration.ofHours(1)));
    }

    @Test
    void anEmptyWindowIsRefused() {
        assertThatThrownBy(() -> LearningCurve.of(TO, FROM, DAY, List.of(), List.of(), 0, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
