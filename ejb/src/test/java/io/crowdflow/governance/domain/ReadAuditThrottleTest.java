package io.crowdflow.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReadAuditThrottleTest {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void theSameReadIsRecordedOncePerWindow() {
        ReadAuditThrottle throttle = new ReadAuditThrottle(Duration.ofHours(1), 100);

        assertThat(throttle.shouldRecord("rev|REVIEW_ITEM|s1|ALLOWED", T0)).isTrue();
        assertThat(throttle.shouldRecord("rev|REVIEW_ITEM|s1|ALLOWED", T0.plusSeconds(5))).isFalse();
        assertThat(throttle.shouldRecord("rev|REVIEW_ITEM|s1|ALLOWED", T0.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(throttle.shouldRecord("rev|REVIEW_ITEM|s1|ALLOWED", T0.plus(Duration.ofHours(1)))).isTrue();
    }

    @Test
    void anotherItemOrOutcomeIsRecordedAtOnce() {
        ReadAuditThrottle throttle = new ReadAuditThrottle(Duration.ofHours(1), 100);

        assertThat(throttle.shouldRecord("rev|REVIEW_ITEM|s1|ALLOWED", T0)).isTrue();
        assertThat(throttle.shouldRecord("rev|REVIEW_ITEM|s2|ALLOWED", T0)).isTrue();
        assertThat(throttle.shouldRecord("rev|REVIEW_ITEM|s1|DENIED", T0)).isTrue();
    }

    @Test
    void aForgottenReadIsRecordedAgain() {
        ReadAuditThrottle throttle = new ReadAuditThrottle(Duration.ofHours(1), 100);
        throttle.shouldRecord("k", T0);

        throttle.forget("k");

        assertThat(throttle.shouldRecord("k", T0.plusSeconds(1))).isTrue();
    }

    @Test
    void pastItsCapacityTheThrottleDropsExpiredKeysAndStaysBounded() {
        ReadAuditThrottle throttle = new ReadAuditThrottle(Duration.ofMinutes(1), 10);
        for (int i = 0; i < 10; i++) {
            throttle.shouldRecord("old" + i, T0);
        }
        for (int i = 0; i < 5; i++) {
            throttle.shouldRecord("new" + i, T0.plus(Duration.ofMinutes(2)));
        }
        assertThat(throttle.size()).isEqualTo(5);
        for (int i = 0; i < 50; i++) {
            throttle.shouldRecord("burst" + i, T0.plus(Duration.ofMinutes(2)));
        }
        assertThat(throttle.size()).isLessThanOrEqualTo(11);
    }
}
