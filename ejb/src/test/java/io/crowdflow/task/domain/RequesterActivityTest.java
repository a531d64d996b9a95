package io.crowdflow.task.domain;

import io.crowdflow.task.domain.RequesterActivity.Decision;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequesterActivityTest {

    private static final Instant FROM = Instant.parse("2026-11-24T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void postedSettledAndDecidedWorkAreCountedPerDayWithTheAcceptanceRateOfTheDaysThatHadDecisions() {
        RequesterActivity activity = RequesterActivity.of(FROM, TO, Duration.ofDays(1),
                List.of(at("2026-11-24T01:00:00Z"), at("2026-11-24T02:00:00Z"), at("2026-11-25T02:00:00Z")),
                List.of(at("2026-11-25T10:00:00Z")),
                List.of(new Decision(at("2026-11-25T09:00:00Z"), true), new Decision(at("2026-11-25T09:30:00Z"), false),
                        new Decision(at("2026-11-25T09:40:00Z"), true)));

        assertThat(activity.buckets()).extracting(RequesterActivity.Bucket::posted).containsExactly(2L, 1L);
        assertThat(activity.buckets()).extracting(RequesterActivity.Bucket::settled).containsExactly(0L, 1L);
        assertThat(activity.buckets()).extracting(RequesterActivity.Bucket::decided).containsExactly(0L, 3L);
        assertThat(activity.buckets()).extracting(RequesterActivity.Bucket::acceptanceRate).containsExactly(null, 0.6667);
    }

    @Test
    void eventsOutsideTheWindowAreNotCounted() {
        RequesterActivity activity = RequesterActivity.of(FROM, TO, Duration.ofDays(1),
                List.of(FROM.minusSeconds(1), TO), List.of(), List.of(new Decision(TO, true)));

        assertThat(activity.buckets()).allSatisfy(b -> {
            assertThat(b.posted()).isZero();
            assertThat(b.decided()).isZero();
        });
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}
