package io.crowdflow.governance.infrastructure.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.crowdflow.governance.domain.CheckedTable;
import io.crowdflow.governance.domain.GovernanceDecision;
import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.governance.domain.RuleSetKind;
import io.crowdflow.governance.domain.RuleSetRefusedException;
import io.crowdflow.governance.domain.RuleSetRepository;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** Governance with and without an active classification table. */
@ExtendWith(MockitoExtension.class)
class DroolsGovernanceRulesTest {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final byte[] TABLE = """
            Detector,Task type,Region,Data class
            phone number,survey,EU,SENSITIVE
            """.getBytes(StandardCharsets.UTF_8);

    @Mock
    RuleSetRepository ruleSets;

    private final DroolsGovernanceRules rules = new DroolsGovernanceRules();

    @BeforeEach
    void compile() {
        rules.ruleSets = ruleSets;
        rules.compile();
    }

    private static Task survey(String region) {
        return new Task("requester-1", TaskDraft.from(new TaskDraft.Raw("Survey", "Call +49 30 1234567", "survey",
                "0.20", "USD", 1, "PT1H", List.of(), null, null, null, null, null, region)), null, T0);
    }

    @Test
    void withoutAnActiveTableThePhoneNumberIsPersonalAsTheDetectorSays() {
        when(ruleSets.active(RuleSetKind.CLASSIFICATION)).thenReturn(Optional.empty());

        GovernanceDecision decision = rules.evaluate(survey("EU"));

        assertThat(decision.dataClass()).isEqualTo("PERSONAL");
    }

    @Test
    void theActiveTableMakesTheEuSurveysPhoneNumberSensitiveAndTheDecisionNamesTheRow() {
        CheckedTable checked = rules.check("c.csv", TABLE);
        RuleSet table = new RuleSet(3, RuleSetKind.CLASSIFICATION, "c.csv", TABLE, "cafe", checked,
                new Caller("officer-1", "olga", Set.of(Caller.COMPLIANCE_OFFICER)), T0);
        when(ruleSets.active(RuleSetKind.CLASSIFICATION)).thenReturn(Optional.of(table));

        GovernanceDecision eu = rules.evaluate(survey("EU"));
        GovernanceDecision us = rules.evaluate(survey("US"));

        assertThat(checked.drl()).contains("csv!2 classifies: phone number in survey tasks for region EU is SENSITIVE");
        assertThat(eu.dataClass()).isEqualTo("SENSITIVE");
        assertThat(eu.firedRules()).contains("csv!2 classifies: phone number in survey tasks for region EU is SENSITIVE");
        assertThat(eu.ruleSetVersion()).endsWith("+classification v3");
        assertThat(us.dataClass()).isEqualTo("PERSONAL");
    }

    @Test
    void aTableWithMistakesIsRefusedWithItsProblems() {
        RuleSetRefusedException refused = catchThrowableOfType(() -> rules.check("c.csv",
                "Detector,Data class\nregex,PUBLIC\n".getBytes(StandardCharsets.UTF_8)), RuleSetRefusedException.class);

        assertThat(refused.problems()).hasSize(2);
    }
}
