package io.crowdflow.governance.domain;

import io.crowdflow.rules.retention.RetentionAction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The planned retention actions of the next days, per UTC day and action: what enforcement will do and
 * when, as the plans stand now. Actions already due (enforcement picks them up within a minute) are counted
 * apart as {@code overdue}; a purge under legal hold is never done and is counted apart as {@code held}.
 */
public record RetentionCalendar(Instant from, Instant to, Map<RetentionAction, Long> overdue, List<Day> days,
                                long held, boolean truncated) {

    /** One planned action: its due time, what, and whether a legal hold blocks it. */
    public record Planned(Instant dueAt, RetentionAction action, boolean legalHold) {
    }

    /** One UTC day and how many tasks get each action on it. */
    public record Day(LocalDate date, Map<RetentionAction, Long> actions) {
        public long total() {
            return actions.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public static RetentionCalendar of(Instant now, int dayCount, List<Planned> planned, boolean truncated) {
        LocalDate first = now.atZone(ZoneOffset.UTC).toLocalDate();
        Instant to = first.plusDays(dayCount).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Day> days = new ArrayList<>(dayCount);
        for (int i = 0; i < dayCount; i++) {
            days.add(new Day(first.plusDays(i), new EnumMap<>(RetentionAction.class)));
        }
        Map<RetentionAction, Long> overdue = new EnumMap<>(RetentionAction.class);
        long held = 0;
        for (Planned p : planned) {
            if (p.dueAt() == null || p.action() == RetentionAction.KEEP || !p.dueAt().isBefore(to)) {
                continue;
            }
            if (p.action() == RetentionAction.PURGE && p.legalHold()) {
                held++;
            } else if (!p.dueAt().isAfter(now)) {
                overdue.merge(p.action(), 1L, Long::sum);
            } else {
                int index = (int) (p.dueAt().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay() - first.toEpochDay());
                days.get(index).actions().merge(p.action(), 1L, Long::sum);
            }
        }
        return new RetentionCalendar(now, to, overdue, days, held, truncated);
    }
}
