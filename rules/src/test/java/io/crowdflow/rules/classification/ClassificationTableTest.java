package io.crowdflow.rules.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.crowdflow.rules.governance.DataClass;
import io.crowdflow.rules.governance.GovernancePolicy;
import io.crowdflow.rules.governance.GovernanceRuleBase;
import io.crowdflow.rules.governance.GovernanceVerdict;
import io.crowdflow.rules.governance.TaskContent;
import io.crowdflow.rules.retention.RetentionTableRefusedException;
import io.crowdflow.rules.retention.RetentionWorkbooks;
import io.crowdflow.rules.retention.TableProblem;
import org.junit.jupiter.api.Test;

/** A compliance officer's classification table: read, validated cell by cell, and applied by the governance rules. */
class ClassificationTableTest {

    static final String CONSENT_RULE = "Personal data in task content needs the worker's consent to process personal data";
    private final ClassificationTableReader reader = new ClassificationTableReader(GovernancePolicy.DEFAULT
            .getKnownTaskTypes());

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static TaskContent survey(String region, String text) {
        return new TaskContent("t1", "survey", "Survey", text, "{}", List.of(), region);
    }

    @Test
    void aRowMakesPhoneNumbersInEuSurveysSensitiveAndNamesItself() {
        ClassificationTable table = reader.read("classification.csv", csv("""
                Detector,Task type,Region,Data class,Note
                phone number,survey,EU,SENSITIVE,health surveys call patients
                """));
        GovernanceRuleBase rules = new GovernanceRuleBase(GovernancePolicy.DEFAULT, table, "classification v1");

        GovernanceVerdict eu = rules.evaluate(survey("EU", "Call +49 30 1234567"));
        GovernanceVerdict us = rules.evaluate(survey("US", "Call +49 30 1234567"));

        String row = "csv!2 classifies: phone number in survey tasks for region EU is SENSITIVE";
        assertThat(eu.getDataClass()).isEqualTo(DataClass.SENSITIVE);
        assertThat(eu.getFiredRules()).containsExactly("Content with a phone number is personal data", row, CONSENT_RULE);
        assertThat(eu.getClassOverrides()).singleElement().satisfies(o -> {
            assertThat(o.tableRow()).isEqualTo("csv!2");
            assertThat(o.ruleName()).isEqualTo(row);
        });
        assertThat(eu.getRuleSetVersion()).endsWith("+classification v1");
        assertThat(us.getDataClass()).as("another region keeps the detector's class").isEqualTo(DataClass.PERSONAL);
        assertThat(us.getFiredRules()).doesNotContain(row);
    }

    @Test
    void theFirstMatchingRowDecidesForEachFinding() {
        ClassificationTable table = reader.read("classification.csv", csv("""
                Detector,Task type,Data class
                e-mail address,survey,SENSITIVE
                e-mail address,*,PERSONAL
                iban,*,PERSONAL
                """));
        GovernanceRuleBase rules = new GovernanceRuleBase(GovernancePolicy.DEFAULT, table, "classification v2");

        GovernanceVerdict verdict = rules.evaluate(survey(null, "Mail a@example.org"));
        GovernanceVerdict iban = rules.evaluate(new TaskContent("t2", "labeling", "x",
                "Pay to DE89 3704 0044 0532 0130 00", "{}", List.of()));

        assertThat(verdict.getDataClass()).isEqualTo(DataClass.SENSITIVE);
        assertThat(verdict.getClassOverrides()).extracting(o -> o.tableRow()).containsExactly("csv!2");
        assertThat(iban.getDataClass()).as("a table may lower SENSITIVE to PERSONAL").isEqualTo(DataClass.PERSONAL);
        assertThat(iban.getRequiredConsents()).as("but the consent stays").containsExactly("personal-data-processing");
    }

    @Test
    void aCardNumberIsRejectedWhateverTheTableSays() {
        ClassificationTable table = reader.read("c.csv", csv("""
                Detector,Data class
                payment card number,PERSONAL
                """));
        GovernanceVerdict verdict = new GovernanceRuleBase(GovernancePolicy.DEFAULT, table, "t")
                .evaluate(new TaskContent("t", "labeling", "x", "card 4111 1111 1111 1111", "{}", List.of()));

        assertThat(verdict.isApproved()).isFalse();
        assertThat(verdict.getRejections()).extracting(r -> r.ruleName())
                .containsExactly("Task content must not carry payment card numbers");
    }

    @Test
    void mistakesAreReportedBySheetRowAndColumnAndAFindingCannotBeMadePublic() {
        assertThatThrownBy(() -> reader.read("c.csv", csv("""
                Detector,Task type,Region,Data class
                postal address,survey,EU,SENSITIVE
                phone number,surveys,E,PERSONAL
                e-mail address,*,*,PUBLIC
                iban,*,*,PERSONAL
                IBAN,any,,SENSITIVE
                """)))
                .isInstanceOfSatisfying(RetentionTableRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RetentionTableRefusedException.Reason.INVALID);
                    assertThat(e.problems()).extracting(TableProblem::where).containsExactly(
                            "csv!A2 (Detector)", "csv!B3 (Task type)", "csv!C3 (Region)", "csv!D4 (Data class)",
                            "csv!row 6");
                    assertThat(e.problems().get(0).message()).contains("not one of the platform's detectors",
                            "patterns cannot be uploaded");
                    assertThat(e.problems().get(3).message()).contains("is personal data; write PERSONAL or SENSITIVE");
                    assertThat(e.problems().get(4).message()).contains("never applies: row 5");
                });
    }

    @Test
    void aPatternColumnIsRefusedBecauseDetectorsStayInCode() {
        assertThatThrownBy(() -> reader.read("c.csv", csv("""
                Detector,Pattern,Data class
                e-mail address,.*@.*,SENSITIVE
                """)))
                .isInstanceOfSatisfying(RetentionTableRefusedException.class, e ->
                        assertThat(e.problems()).extracting(TableProblem::message).anySatisfy(m ->
                                assertThat(m).contains("unknown column 'Pattern'", "A pattern cannot be uploaded")));
    }

    @Test
    void drlIsRefusedByNameAndByContent() {
        assertThatThrownBy(() -> reader.read("rules.drl", csv("Detector,Data class\niban,PERSONAL\n")))
                .isInstanceOfSatisfying(RetentionTableRefusedException.class, e ->
                        assertThat(e.reason()).isEqualTo(RetentionTableRefusedException.Reason.FORMAT_REFUSED));
        assertThatThrownBy(() -> reader.read("c.csv", csv("rule \"x\"\nwhen\nthen\nend\n")))
                .isInstanceOfSatisfying(RetentionTableRefusedException.class, e ->
                        assertThat(e.reason()).isEqualTo(RetentionTableRefusedException.Reason.FORMAT_REFUSED));
    }

    @Test
    void anXlsxNeedsItsClassificationSheet() {
        List<List<String>> rows = List.of(List.of("Detector", "Data class"), List.of("national id number", "SENSITIVE"));

        ClassificationTable table = reader.read("c.xlsx", RetentionWorkbooks.xlsx(ClassificationTableReader.SHEET, rows));
        assertThat(table.format()).isEqualTo("xlsx");
        assertThat(table.rows()).singleElement().satisfies(r -> assertThat(r.ref()).isEqualTo("Classification!2"));

        assertThatThrownBy(() -> reader.read("c.xlsx", RetentionWorkbooks.xlsx(rows)))
                .isInstanceOfSatisfying(RetentionTableRefusedException.class, e ->
                        assertThat(e.problems()).extracting(TableProblem::message)
                                .anySatisfy(m -> assertThat(m).contains("no sheet named Classification")));
    }

    @Test
    void theGeneratedDrlHoldsOnlyValidatedValues() {
        ClassificationTable table = reader.read("c.csv", csv("""
                Detector,Task type,Region,Data class,Note
                phone number,survey,eu,sensitive,x); System.exit(1); //
                """));

        String drl = ClassificationDrl.of(table);

        assertThat(drl).contains("kind == FindingKind.PHONE_NUMBER", "type == \"survey\"", "region == \"EU\"",
                "DataClass.SENSITIVE").doesNotContain("System.exit");
    }
}
