package io.crowdflow.governance.infrastructure.drools;

import io.crowdflow.governance.domain.CheckedTable;
import io.crowdflow.governance.domain.RetentionPlan;
import io.crowdflow.governance.domain.RetentionVerdict;
import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.governance.domain.RuleSetRefusedException;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.retention.LifecycleState;
import io.crowdflow.rules.retention.RetentionAction;
import io.crowdflow.shared.application.PlatformSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DroolsRetentionRulesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final String CSV = """
            Data class,Task type,Lifecycle state,Keep for,Then
            PERSONAL,*,settled,P30D,archive
            *,*,archived,P1Y,purge
            """;

    private final DroolsRetentionRules rules = new DroolsRetentionRules();

    @BeforeEach
    void settings() {
        System.setProperty("crowdflow.retention.period", "PT5S");
        rules.settings = new PlatformSettings();
    }

    @AfterEach
    void clear() {
        System.clearProperty("crowdflow.retention.period");
    }

    @Test
    void withoutAnActiveVersionSettledContentIsArchivedAfterTheConfiguredPeriod() {
        RetentionVerdict verdict = rules.decide(null, plan(LifecycleState.SETTLED));

        assertThat(verdict.rulesetVersion()).isZero();
        assertThat(verdict.action()).isEqualTo(RetentionAction.ARCHIVE);
        assertThat(verdict.keepFor()).hasToString("PT5S");
        assertThat(verdict.because()).contains("crowdflow.retention.period = PT5S");
        assertThat(rules.decide(null, plan(LifecycleState.ARCHIVED)).action()).isEqualTo(RetentionAction.KEEP);
    }

    @Test
    void anUploadedVersionDecidesWithItsRowAndVersion() {
        byte[] content = CSV.getBytes(StandardCharsets.UTF_8);
        CheckedTable checked = rules.check("r.csv", content);
        RuleSet ruleSet = new RuleSet(7, "r.csv", content, "ab12", checked,
                new Caller("sub-ada", "ada", Set.of(Caller.COMPLIANCE_OFFICER)), T0);

        RetentionVerdict verdict = rules.decide(ruleSet, plan(LifecycleState.ARCHIVED));

        assertThat(checked.rowCount()).isEqualTo(2);
        assertThat(checked.drl()).contains("rule \"csv!3 decides");
        assertThat(verdict.rulesetVersion()).isEqualTo(7);
        assertThat(verdict.action()).isEqualTo(RetentionAction.PURGE);
        assertThat(verdict.row()).isEqualTo("csv!3");
        assertThat(verdict.because()).startsWith("rule set v7, row csv!3");
    }

    @Test
    void aRefusedUploadBecomesTheMatchingProblem() {
        RuleSetRefusedException drl = catchThrowableOfType(RuleSetRefusedException.class,
                () -> rules.check("x.drl", "rule".getBytes(StandardCharsets.UTF_8)));
        RuleSetRefusedException invalid = catchThrowableOfType(RuleSetRefusedException.class,
                () -> rules.check("x.csv", "Data class,Task type\nX,y\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(drl.kind()).isEqualTo(RuleSetRefusedException.Kind.FORMAT_REFUSED);
        assertThat(drl.kind().status()).isEqualTo(415);
        assertThat(invalid.kind().status()).isEqualTo(422);
        assertThat(invalid.problemSlug()).isEqualTo("ruleset-invalid");
        assertThat(invalid.problems()).isNotEmpty();
    }

    private static RetentionPlan plan(LifecycleState state) {
        return new RetentionPlan("t1", "PERSONAL", "labeling", null, state, T0);
    }
}
