package io.crowdflow.governance.domain;

import io.crowdflow.governance.domain.RetentionCalendar.Planned;
import io.crowdflow.rules.retention.RetentionAction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionCalendarTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void plannedActionsAreCountedPerUtcDayAndActionFromTodayOn() {
        RetentionCalendar calendar = RetentionCalendar.of(NOW, 3, List.of(
                new Planned(Instant.parse("2026-11-25T18:00:00Z"), RetentionAction.ARCHIVE, false),
                new Planned(Instant.parse("2026-11-25T23:59:59Z"), RetentionAction.ARCHIVE, false),
                new Planned(Instant.parse("2026-11-27T00:00:00Z"), RetentionAction.PURGE, false),
                new Planned(Instant.parse("2026-11-27T10:00:00Z"), RetentionAction.PSEUDONYMISE, false)), false);

        assertThat(calendar.days()).extracting(RetentionCalendar.Day::date).containsExactly(
                LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-26"), LocalDate.parse("2026-11-27"));
        assertThat(calendar.days().get(0).actions()).containsExactlyEntriesOf(java.util.Map.of(RetentionAction.ARCHIVE, 2L));
        assertThat(calendar.days().get(1).total()).isZero();
        assertThat(calendar.days().get(2).actions()).containsEntry(RetentionAction.PURGE, 1L)
                .containsEntry(RetentionAction.PSEUDONYMISE, 1L);
        assertThat(calendar.to()).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
    }

    @Test
    void actionsAlreadyDueAreOverdueAndHeldPurgesAreApartBecauseTheyWillNotHappen() {
        RetentionCalendar calendar = RetentionCalendar.of(NOW, 2, List.of(
                new Planned(Instant.parse("2026-11-01T00:00:00Z"), RetentionAction.ARCHIVE, false),
                new Planned(NOW, RetentionAction.PURGE, false),
                new Planned(Instant.parse("2026-11-26T08:00:00Z"), RetentionAction.PURGE, true),
                new Planned(Instant.parse("2026-11-26T08:00:00Z"), RetentionAction.ARCHIVE, true)), false);

        assertThat(calendar.overdue()).containsEntry(RetentionAction.ARCHIVE, 1L).containsEntry(RetentionAction.PURGE, 1L);
        assertThat(calendar.held()).isEqualTo(1);
        assertThat(calendar.days().get(1).actions()).containsExactlyEntriesOf(java.util.Map.of(RetentionAction.ARCHIVE, 1L));
    }

    @Test
    void keptContentAndActionsAfterTheWindowAreNotOnTheCalendar() {
        RetentionCalendar calendar = RetentionCalendar.of(NOW, 1, List.of(
                new Planned(null, RetentionAction.KEEP, false),
                new Planned(Instant.parse("2026-11-26T00:00:00Z"), RetentionAction.ARCHIVE, false)), false);

        assertThat(calendar.days()).singleElement().satisfies(d -> assertThat(d.total()).isZero());
        assertThat(calendar.overdue()).isEmpty();
    }
}
