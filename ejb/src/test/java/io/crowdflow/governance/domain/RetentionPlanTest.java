package io.crowdflow.governance.domain;

import io.crowdflow.rules.retention.LifecycleState;
import io.crowdflow.rules.retention.RetentionAction;
import io.crowdflow.rules.retention.RetentionPeriod;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionPlanTest {

    private static final Instant SETTLED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private static RetentionVerdict verdict(RetentionAction action, String keepFor, String row, List<String> holds) {
        return new RetentionVerdict(4, "rule set v4", action, keepFor == null ? null : RetentionPeriod.parse(keepFor),
                row, "a row", holds);
    }

    private static RetentionPlan settled() {
        return new RetentionPlan("t1", "PERSONAL", "survey", null, LifecycleState.SETTLED, SETTLED_AT);
    }

    @Test
    void theActionFallsDueTheKeptPeriodAfterTheContentEnteredItsState() {
        RetentionPlan plan = settled();

        boolean changed = plan.apply(verdict(RetentionAction.ARCHIVE, "P30D", "Retention!4", List.of()), SETTLED_AT);

        assertThat(changed).isTrue();
        assertThat(plan.dueAt()).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(plan.isDue(Instant.parse("2026-01-30T23:59:59Z"))).isFalse();
        assertThat(plan.isDue(Instant.parse("2026-01-31T00:00:00Z"))).isTrue();
        assertThat(plan.reason()).contains("archive after P30D").contains("rule set v4, row Retention!4");
    }

    @Test
    void theSameVerdictAgainChangesNothing() {
        RetentionPlan plan = settled();
        plan.apply(verdict(RetentionAction.ARCHIVE, "P30D", "Retention!4", List.of()), SETTLED_AT);

        assertThat(plan.apply(verdict(RetentionAction.ARCHIVE, "P30D", "Retention!4", List.of()), SETTLED_AT.plusSeconds(9)))
                .isFalse();
    }

    @Test
    void aLegalHoldBlocksADuePurgeButNotAnArchive() {
        RetentionPlan archived = new RetentionPlan("t1", "PERSONAL", "survey", "EU", LifecycleState.ARCHIVED, SETTLED_AT);
        archived.apply(verdict(RetentionAction.PURGE, "PT1S", "Retention!7", List.of("Retention!2")), SETTLED_AT);
        RetentionPlan settled = settled();
        settled.apply(verdict(RetentionAction.ARCHIVE, "PT1S", "Retention!4", List.of("Retention!2")), SETTLED_AT);

        assertThat(archived.isDue(SETTLED_AT.plusSeconds(3600))).isFalse();
        assertThat(archived.purgeBlockedByHold()).isTrue();
        assertThat(archived.describe()).contains("blocked by a legal hold");
        assertThat(settled.isDue(SETTLED_AT.plusSeconds(3600))).isTrue();
    }

    @Test
    void keptContentHasNoDueTime() {
        RetentionPlan plan = settled();

        plan.apply(verdict(RetentionAction.KEEP, null, null, List.of()), SETTLED_AT);

        assertThat(plan.dueAt()).isNull();
        assertThat(plan.isDue(SETTLED_AT.plusSeconds(1_000_000_000L))).isFalse();
        assertThat(plan.reason()).contains("no row matched");
    }

    @Test
    void enteringANewStateRestartsTheClock() {
        RetentionPlan plan = settled();
        plan.apply(verdict(RetentionAction.ARCHIVE, "P30D", "Retention!4", List.of()), SETTLED_AT);
        Instant archivedAt = Instant.parse("2026-01-31T00:00:01Z");

        plan.enter(LifecycleState.ARCHIVED, archivedAt);
        plan.apply(verdict(RetentionAction.PURGE, "P1Y", "Retention!7", List.of()), archivedAt);

        assertThat(plan.dueAt()).isEqualTo(Instant.parse("2027-01-31T00:00:01Z"));
        assertThat(plan.ruleRow()).isEqualTo("Retention!7");
    }
}
