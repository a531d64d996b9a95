package io.crowdflow.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

    private static final Instant START = Instant.parse("2024-02-29T10:00:00Z");

    @Test
    void calendarPartsAreAddedInUtc() {
        assertThat(RetentionPeriod.parse("P1Y").addTo(START)).isEqualTo(Instant.parse("2025-02-28T10:00:00Z"));
        assertThat(RetentionPeriod.parse("p1m2dt3h").addTo(START)).isEqualTo(Instant.parse("2024-03-31T13:00:00Z"));
    }

    @Test
    void shortPeriodsForTestsWork() {
        assertThat(RetentionPeriod.parse("PT5S").addTo(START)).isEqualTo(START.plusSeconds(5));
    }

    @Test
    void wordsNegativesAndCenturiesAreRefusedWithAnExample() {
        assertThatThrownBy(() -> RetentionPeriod.parse("30 days")).hasMessageContaining("P30D");
        assertThatThrownBy(() -> RetentionPeriod.parse("P-1D")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetentionPeriod.parse("P101Y")).hasMessageContaining("100 years");
        assertThatThrownBy(() -> RetentionPeriod.parse("PT")).isInstanceOf(IllegalArgumentException.class);
    }
}
