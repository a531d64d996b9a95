package io.crowdflow.privacy.domain.dp;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PublicStatisticsTest {

    private static final List<String> TYPES = List.of("labeling", "survey");

    @Test
    void aRequesterCountsWithAtMostTheirNewestTasksSoOnePersonChangesTheHistogramByAtMostTheClip() {
        List<StatisticsFacts.PostedTask> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tasks.add(new StatisticsFacts.PostedTask("busy", i < 15 ? "labeling" : "survey", i));
        }
        tasks.add(new StatisticsFacts.PostedTask("calm", "labeling", 3));
        tasks.add(new StatisticsFacts.PostedTask("calm", "unknown-type", 4));
        double[] withBusy = PublicStatistics.tasksPerType(tasks, TYPES, 5);
        assertThat(withBusy).containsExactly(1 + 0, 5);   // busy's newest 5 are surveys
        double[] withoutBusy = PublicStatistics.tasksPerType(tasks.stream().filter(t -> !t.requesterId().equals("busy"))
                .toList(), TYPES, 5);
        double l1 = Math.abs(withBusy[0] - withoutBusy[0]) + Math.abs(withBusy[1] - withoutBusy[1]);
        assertThat(l1).isLessThanOrEqualTo(5);
    }

    @Test
    void approvalsCountAcceptedAndDecidedPerTypeWithEachWorkerClipped() {
        List<StatisticsFacts.Decision> decisions = List.of(
                new StatisticsFacts.Decision("w1", "labeling", true, 1),
                new StatisticsFacts.Decision("w1", "labeling", false, 2),
                new StatisticsFacts.Decision("w1", "survey", true, 3),
                new StatisticsFacts.Decision("w2", "labeling", true, 1));
        double[][] counts = PublicStatistics.approvals(decisions, TYPES, 2);
        assertThat(counts[0]).containsExactly(1, 1);   // w1's two newest: labeling reject, survey accept; w2 accept
        assertThat(counts[1]).containsExactly(2, 1);
    }

    @Test
    void eachWorkerIsInExactlyOneEarningsBucketByTheirTotal() {
        List<BigDecimal> buckets = List.of(new BigDecimal("0"), new BigDecimal("1"), new BigDecimal("5"));
        double[] counts = PublicStatistics.earningsHistogram(List.of(
                new StatisticsFacts.Earning("w1", new BigDecimal("0.50")),
                new StatisticsFacts.Earning("w1", new BigDecimal("0.50")),
                new StatisticsFacts.Earning("w2", BigDecimal.ZERO),
                new StatisticsFacts.Earning("w3", new BigDecimal("7.25"))), buckets);
        assertThat(counts).containsExactly(1, 1, 1);
        assertThat(PublicStatistics.bucketLabels(buckets).keySet()).containsExactly("0-1", "1-5", "5+");
    }

    @Test
    void shownNumbersAreWholeNonNegativeCountsAndRatesWithinZeroAndOne() {
        assertThat(PublicStatistics.shownCount(-3.7)).isZero();
        assertThat(PublicStatistics.shownCount(4.6)).isEqualTo(5);
        assertThat(PublicStatistics.shownRate(12, 10)).isEqualTo(1.0);
        assertThat(PublicStatistics.shownRate(-2, 10)).isEqualTo(0.0);
        assertThat(PublicStatistics.shownRate(3, 0.4)).isNull();
    }
}
