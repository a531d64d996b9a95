package io.crowdflow.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GoldMixingTest {

    @Test
    void aWorkersFirstAssignmentOfATypeCarriesAGoldItemWheneverTheRateIsAboveZero() {
        assertThat(new GoldMixing(0.1).decide("labeling", 1, 0).due()).isTrue();
        assertThat(new GoldMixing(0.0).decide("labeling", 1, 0).due()).isFalse();
    }

    @Test
    void overManyAssignmentsAWorkerGetsOneGoldItemPerOneOverRateAssignments() {
        GoldMixing mixing = new GoldMixing(0.1);
        int gold = 0;
        for (int ordinary = 1; ordinary <= 100; ordinary++) {
            if (mixing.decide("labeling", ordinary, gold).due()) {
                gold++;
            }
        }
        assertThat(gold).isEqualTo(10);
    }

    @Test
    void atRateOneEveryAssignmentCarriesOne() {
        GoldMixing mixing = new GoldMixing(1.0);
        assertThat(mixing.decide("labeling", 3, 2).due()).isTrue();
        assertThat(mixing.decide("labeling", 3, 3).due()).isFalse();
    }

    @Test
    void theReasonNamesTheRateTheTypeAndTheCounts() {
        assertThat(new GoldMixing(0.25).decide("labeling", 4, 1).why())
                .isEqualTo("not due: rate 0.25 gold item(s) per assignment of type labeling; the worker had 1 gold"
                        + " item(s) with 4 assignment(s) of the type, this one included");
        assertThat(new GoldMixing(0.25).decide("labeling", 5, 1).why()).startsWith("due: rate 0.25");
    }

    @Test
    void aRateOutsideZeroToOneOrCountsWithoutThisAssignmentAreRefused() {
        assertThatThrownBy(() -> new GoldMixing(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GoldMixing(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GoldMixing(0.1).decide("labeling", 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
