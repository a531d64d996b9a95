package io.crowdflow.rules.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.crowdflow.rules.governance.GovernancePolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RetentionRuleBaseTest {

    private static RetentionRuleBase rules;

    @BeforeAll
    static void compileTheSample() {
        RetentionTable table = new RetentionTableReader(GovernancePolicy.DEFAULT_TASK_TYPES)
                .read("sample.xlsx", RetentionWorkbooks.xlsx(SampleRetentionTable.ROWS));
        rules = new RetentionRuleBase("retention:v1", table);
    }

    @Test
    void theFirstMatchingRowDecidesAndIsRecorded() {
        RetentionDecision decision = rules.decide(new RetentionRecord("t1", "PERSONAL", "labeling", null, LifecycleState.SETTLED));

        assertThat(decision.action()).isEqualTo(RetentionAction.ARCHIVE);
        assertThat(decision.keepFor()).hasToString("P30D");
        assertThat(decision.actionRow()).isEqualTo("Retention!4");
        assertThat(decision.firedRules()).singleElement().satisfies(name -> assertThat(name).startsWith("Retention!4 decides"));
        assertThat(decision.legalHold()).isFalse();
    }

    @Test
    void laterRowsApplyWhenEarlierOnesDoNotMatch() {
        RetentionDecision decision = rules.decide(new RetentionRecord("t2", "SENSITIVE", "labeling", null, LifecycleState.ARCHIVED));

        assertThat(decision.action()).isEqualTo(RetentionAction.PURGE);
        assertThat(decision.actionRow()).isEqualTo("Retention!7");
    }

    @Test
    void aLegalHoldRowHoldsWithoutTakingTheActionsPlace() {
        RetentionDecision decision = rules.decide(new RetentionRecord("t3", "PERSONAL", "survey", "EU", LifecycleState.ARCHIVED));

        assertThat(decision.action()).isEqualTo(RetentionAction.PURGE);
        assertThat(decision.holdRows()).containsExactly("Retention!2");
        assertThat(decision.legalHold()).isTrue();
    }

    @Test
    void aRecordNoRowMatchesIsKept() {
        RetentionRuleBase narrow = new RetentionRuleBase("retention:v2", new RetentionTableReader(GovernancePolicy.DEFAULT_TASK_TYPES)
                .read("n.xlsx", RetentionWorkbooks.xlsx(List.of(RetentionWorkbooks.HEADER,
                        List.of("PUBLIC", "survey", "*", "settled", "PT5S", "purge", "no", "")))));

        RetentionDecision decision = narrow.decide(new RetentionRecord("t4", "PERSONAL", "survey", null, LifecycleState.SETTLED));

        assertThat(decision.action()).isEqualTo(RetentionAction.KEEP);
        assertThat(decision.actionRow()).isNull();
        assertThat(decision.firedRules()).isEmpty();
    }

    @Test
    void nothingAnOfficerTypesOutsideTheSchemaReachesTheGeneratedRules() {
        String hostile = "\"); System.exit(1); //";
        RetentionTable table = new RetentionTableReader(GovernancePolicy.DEFAULT_TASK_TYPES)
                .read("n.xlsx", RetentionWorkbooks.xlsx(List.of(RetentionWorkbooks.HEADER,
                        List.of("PUBLIC", "survey", "*", "settled", "PT5S", "purge", "no", hostile))));

        String drl = RetentionDrl.of(table);

        assertThat(drl).doesNotContain("System").doesNotContain("exit");
        assertThat(drl).contains("rule \"Retention!2 decides: data class PUBLIC, task type survey, state settled: keep PT5S then purge\"");
    }

    @Test
    void quotingNeutralisesQuotesBackslashesAndInterpolation() {
        assertThat(RetentionDrl.quote("a\"b\\c${x}\n")).isEqualTo("\"a\\\"b\\\\c {x} \"");
    }
}
