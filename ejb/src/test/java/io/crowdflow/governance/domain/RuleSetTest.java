package io.crowdflow.governance.domain;

import io.crowdflow.identity.domain.Caller;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetTest {

    private static final Caller ADA = new Caller("sub-ada", "ada", Set.of(Caller.COMPLIANCE_OFFICER));
    private static final Caller BOB = new Caller("sub-bob", "bob", Set.of(Caller.COMPLIANCE_OFFICER));
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static RuleSet uploadedByAda() {
        return new RuleSet(3, "r.csv", "a,b".getBytes(StandardCharsets.UTF_8), "00", new CheckedTable("csv", 1, "rule"),
                ADA, T0);
    }

    @Test
    void theUploaderCannotActivateTheirOwnTable() {
        RuleSet ruleSet = uploadedByAda();
        ruleSet.recordDryRun(ADA, T0, "{}");

        assertThatThrownBy(() -> ruleSet.activate(ADA, T0)).isInstanceOf(RuleSetFourEyesException.class);
        assertThat(ruleSet.state()).isEqualTo(RuleSetState.VALID);
    }

    @Test
    void aTableNobodyDryRanCannotBeActivated() {
        assertThatThrownBy(() -> uploadedByAda().activate(BOB, T0)).isInstanceOf(DryRunRequiredException.class);
    }

    @Test
    void aSecondOfficerApprovesAndActivatesInOneStep() {
        RuleSet ruleSet = uploadedByAda();
        ruleSet.recordDryRun(ADA, T0, "{}");

        ruleSet.activate(BOB, T0.plusSeconds(60));

        assertThat(ruleSet.state()).isEqualTo(RuleSetState.ACTIVE);
        assertThat(ruleSet.uploadedBy()).isEqualTo("sub-ada");
        assertThat(ruleSet.approvedBy()).isEqualTo("sub-bob");
        assertThat(ruleSet.activatedBy()).isEqualTo("sub-bob");
        assertThat(ruleSet.activatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(new String(ruleSet.content(), StandardCharsets.UTF_8)).isEqualTo("a,b");
    }

    @Test
    void anActiveOrRetiredVersionCannotBeActivatedAgain() {
        RuleSet ruleSet = uploadedByAda();
        ruleSet.recordDryRun(ADA, T0, "{}");
        ruleSet.activate(BOB, T0);

        assertThatThrownBy(() -> ruleSet.activate(BOB, T0)).isInstanceOf(RuleSetNotActivatableException.class);
        ruleSet.retire(T0);
        assertThatThrownBy(() -> ruleSet.activate(BOB, T0)).hasMessageContaining("retired");
    }
}
