package io.crowdflow.governance.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class GovernanceDecisionTest {

    @Test
    void anApprovalWithoutConsentsNamesDataClassRulesAndRuleSet() {
        GovernanceDecision decision = new GovernanceDecision(true, "public", List.of(),
                List.of("Content without personal data is public", "Public content may run"), Set.of(), "gov-1.2");

        assertThat(decision.explanation()).isEqualTo("approved; data class public; rules fired: "
                + "Content without personal data is public, Public content may run; governance rule set gov-1.2");
    }

    @Test
    void aRejectionListsEveryReasonAndTheConsentsNeeded() {
        GovernanceDecision decision = new GovernanceDecision(false, "health",
                List.of("health data is not allowed", "no consent recorded"), List.of("Health data is refused"),
                new TreeSet<>(Set.of("medical-research", "data-processing")), "gov-1.2");

        assertThat(decision.explanation()).isEqualTo("rejected: health data is not allowed; no consent recorded"
                + "; data class health; consents needed: data-processing, medical-research"
                + "; rules fired: Health data is refused; governance rule set gov-1.2");
    }

    @Test
    void whenNoRuleFiredTheExplanationSaysNone() {
        GovernanceDecision decision = new GovernanceDecision(true, "unclassified", List.of(), List.of(), Set.of(),
                "gov-1.0");

        assertThat(decision.explanation()).contains("; rules fired: none;").doesNotContain("consents needed");
    }
}
