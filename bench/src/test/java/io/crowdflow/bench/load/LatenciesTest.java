package io.crowdflow.bench.load;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

    @Test
    void percentilesAreNearestRankOverTheSortedSamples() {
        List<Long> sorted = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(Latencies.pct(sorted, 50)).isEqualTo(5L);
        assertThat(Latencies.pct(sorted, 95)).isEqualTo(10L);
        assertThat(Latencies.pct(sorted, 99)).isEqualTo(10L);
        assertThat(Latencies.pct(List.of(7L), 99)).isEqualTo(7L);
    }

    @Test
    void samplesTakenWhileNotRecordingAreLeftOut() {
        Latencies latencies = new Latencies();
        latencies.recording(false);
        latencies.record("warm-up call", 1_000_000, true);
        latencies.recording(true);
        latencies.record("measured call", 2_000_000, false);
        latencies.record("measured call", 4_000_000, true);

        assertThat(latencies.totalErrors()).isEqualTo(1);
        assertThat(latencies.table()).doesNotContain("warm-up call")
                .contains("| measured call | 2 | 1 | 2.0 | 4.0 | 4.0 | 4.0 |");
    }
}
