package io.crowdflow.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GovernanceVerdictTest {

    @Test
    void startsPublicApprovedAndEmpty() {
        GovernanceVerdict verdict = new GovernanceVerdict("v1");

        assertThat(verdict.getRuleSetVersion()).isEqualTo("v1");
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.PUBLIC);
        assertThat(verdict.isApproved()).isTrue();
        assertThat(verdict.getRejections()).isEmpty();
        assertThat(verdict.getFiredRules()).isEmpty();
        assertThat(verdict.getRequiredConsents()).isEmpty();
    }

    @Test
    void highestDataClassWinsInAnyOrder() {
        GovernanceVerdict verdict = new GovernanceVerdict("v1");
        verdict.addFinding(new DataFinding(FindingKind.IBAN, DataClass.SENSITIVE, "r1"));
        verdict.addFinding(new DataFinding(FindingKind.EMAIL_ADDRESS, DataClass.PERSONAL, "r2"));
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.SENSITIVE);

        GovernanceVerdict other = new GovernanceVerdict("v1");
        other.addFinding(new DataFinding(FindingKind.EMAIL_ADDRESS, DataClass.PERSONAL, "r2"));
        other.addFinding(new DataFinding(FindingKind.IBAN, DataClass.SENSITIVE, "r1"));
        assertThat(other.getDataClass()).isEqualTo(DataClass.SENSITIVE);
    }

    @Test
    void aRejectionDisapprovesAndConsentsAreASet() {
        GovernanceVerdict verdict = new GovernanceVerdict("v1");
        verdict.reject("Some rule", "Some reason");
        verdict.requireConsent("personal-data-processing");
        verdict.requireConsent("personal-data-processing");

        assertThat(verdict.isApproved()).isFalse();
        assertThat(verdict.getRejections()).containsExactly(new Rejection("Some rule", "Some reason"));
        assertThat(verdict.getRequiredConsents()).containsExactly("personal-data-processing");
    }

    @Test
    void viewsAreReadOnly() {
        GovernanceVerdict verdict = new GovernanceVerdict("v1");

        assertThatThrownBy(() -> verdict.getFiredRules().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> verdict.getRejections().add(new Rejection("a", "b")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> verdict.getRequiredConsents().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void taskContentDoesNotPrintItsText() {
        TaskContent content = TaskContent.of("labeling", "Title", "Mail jane.doe@example.org", "{}");

        assertThat(content.toString()).doesNotContain("jane.doe").doesNotContain("Title");
        assertThat(content.searchableText()).isEqualTo("Title\nMail jane.doe@example.org\n{}\n");
        assertThat(content.skills()).isEmpty();
    }
}
