package io.crowdflow.rules.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.crowdflow.rules.ClasspathKieBaseLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

/**
 * Scenarios for the governance rule base: insert a task, fire, assert which rules fired and the verdict.
 * Rule names are spelled out here on purpose, so renaming or breaking a rule fails these tests.
 */
class GovernanceRulesTest {

    static final String EMAIL_RULE = "Content with an e-mail address is personal data";
    static final String PHONE_RULE = "Content with a phone number is personal data";
    static final String IBAN_RULE = "Content with a valid IBAN is sensitive data";
    static final String NATIONAL_ID_RULE = "Content with a national identity number is sensitive data";
    static final String CARD_RULE = "Content with a payment card number is sensitive data";
    static final String NO_CARDS_RULE = "Task content must not carry payment card numbers";
    static final String CONSENT_RULE = "Personal data in task content needs the worker's consent to process personal data";
    static final String KNOWN_TYPE_RULE = "A task type must be one of the known types";

    static GovernanceRuleBase rules;

    @BeforeAll
    static void compile() {
        rules = new GovernanceRuleBase();
    }

    static TaskContent task(String type, String title, String instructions, String inputJson) {
        return new TaskContent("task-1", type, title, instructions, inputJson, List.of("image-labeling"));
    }

    static TaskContent labeling(String instructions, String inputJson) {
        return task("labeling", "Label the animals", instructions, inputJson);
    }

    @Test
    void plainTaskIsPublicAndApproved() {
        GovernanceVerdict verdict = rules.evaluate(labeling(
                "Draw a box around each cat. Ignore dogs. Version 2.1, 2024-01-15, up to 1000 2000 3000 boxes.",
                "{\"imageUrl\":\"https://example.org/cats/1234567890.jpg\",\"width\":640,\"height\":480,\"ratio\":3.14159265}"));

        assertThat(verdict.getFiredRules()).isEmpty();
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.PUBLIC);
        assertThat(verdict.isApproved()).isTrue();
        assertThat(verdict.getRejections()).isEmpty();
        assertThat(verdict.getRequiredConsents()).isEmpty();
        assertThat(verdict.getFindings()).isEmpty();
        assertThat(verdict.getRuleSetVersion()).isEqualTo(rules.version());
    }

    @Test
    void emailInInstructionsMakesTaskPersonalAndNeedsConsent() {
        GovernanceVerdict verdict = rules.evaluate(labeling(
                "Questions? Write to jane.doe@example.org before you start.", "{\"imageUrl\":\"https://example.org/1.jpg\"}"));

        assertThat(verdict.getFiredRules()).containsExactly(EMAIL_RULE, CONSENT_RULE);
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.PERSONAL);
        assertThat(verdict.isApproved()).isTrue();
        assertThat(verdict.getRejections()).isEmpty();
        assertThat(verdict.getRequiredConsents()).containsExactly("personal-data-processing");
        assertThat(verdict.getFindings())
                .containsExactly(new DataFinding(FindingKind.EMAIL_ADDRESS, DataClass.PERSONAL, EMAIL_RULE));
    }

    @Test
    void phoneNumberInInputIsPersonal() {
        GovernanceVerdict verdict = rules.evaluate(task("survey", "Customer survey", "Call the customer and ask the questions.",
                "{\"customer\":{\"phone\":\"+49 30 1234567\"},\"questions\":[\"How satisfied are you?\"]}"));

        assertThat(verdict.getFiredRules()).containsExactly(PHONE_RULE, CONSENT_RULE);
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.PERSONAL);
        assertThat(verdict.isApproved()).isTrue();
        assertThat(verdict.getRequiredConsents()).containsExactly("personal-data-processing");
    }

    @Test
    void validIbanIsSensitive() {
        GovernanceVerdict verdict = rules.evaluate(task("data-collection", "Check payout details",
                "Confirm the account holder's bank account.", "{\"iban\":\"DE89 3704 0044 0532 0130 00\"}"));

        assertThat(verdict.getFiredRules()).containsExactly(IBAN_RULE, CONSENT_RULE);
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.SENSITIVE);
        assertThat(verdict.isApproved()).isTrue();
        assertThat(verdict.getRejections()).isEmpty();
        assertThat(verdict.getRequiredConsents()).containsExactly("personal-data-processing");
    }

    @Test
    void nationalIdNumberIsSensitiveAndNotTakenForACard() {
        GovernanceVerdict verdict = rules.evaluate(task("data-collection", "Verify an identity card",
                "Type the name printed on the card.", "{\"sfz\":\"440304199001011049\"}"));

        assertThat(verdict.getFiredRules()).containsExactly(NATIONAL_ID_RULE, CONSENT_RULE);
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.SENSITIVE);
        assertThat(verdict.isApproved()).isTrue();
    }

    @Test
    void invalidIbanChecksumIsNotFlagged() {
        // Same as above with one check digit changed: mod 97 no longer gives 1.
        GovernanceVerdict verdict = rules.evaluate(task("data-collection", "Check payout details",
                "Confirm the account holder's bank account.", "{\"iban\":\"DE88 3704 0044 0532 0130 00\"}"));

        assertThat(verdict.getFiredRules()).isEmpty();
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.PUBLIC);
        assertThat(verdict.isApproved()).isTrue();
        assertThat(verdict.getRequiredConsents()).isEmpty();
    }

    @Test
    void cardNumberPassingLuhnIsRejectedWithRuleName() {
        GovernanceVerdict verdict = rules.evaluate(task("transcription", "Transcribe the receipt",
                "Type the receipt. The card used was 4111 1111 1111 1111.", "{}"));

        assertThat(verdict.getFiredRules()).first().isEqualTo(CARD_RULE);
        assertThat(verdict.getFiredRules()).containsExactlyInAnyOrder(CARD_RULE, NO_CARDS_RULE, CONSENT_RULE);
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.SENSITIVE);
        assertThat(verdict.isApproved()).isFalse();
        assertThat(verdict.getRejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.ruleName()).isEqualTo(NO_CARDS_RULE);
            assertThat(rejection.reason()).contains("payment card number");
        });
    }

    @Test
    void digitsFailingLuhnAreNotACard() {
        GovernanceVerdict verdict = rules.evaluate(task("transcription", "Transcribe the receipt",
                "Type the receipt. Reference 4111 1111 1111 1112.", "{}"));

        assertThat(verdict.getFiredRules()).isEmpty();
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.PUBLIC);
        assertThat(verdict.isApproved()).isTrue();
        assertThat(verdict.getRejections()).isEmpty();
    }

    @Test
    void unknownTaskTypeIsRejected() {
        GovernanceVerdict verdict = rules.evaluate(task("crypto-mining", "Mine", "Run this miner.", "{}"));

        assertThat(verdict.getFiredRules()).containsExactly(KNOWN_TYPE_RULE);
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.PUBLIC);
        assertThat(verdict.isApproved()).isFalse();
        assertThat(verdict.getRejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.ruleName()).isEqualTo(KNOWN_TYPE_RULE);
            assertThat(rejection.reason()).contains("'crypto-mining'").contains("labeling").contains("data-collection");
        });
    }

    @Test
    void missingTaskTypeIsRejected() {
        GovernanceVerdict verdict = rules.evaluate(task(null, "Untitled", "Do something.", null));

        assertThat(verdict.getFiredRules()).containsExactly(KNOWN_TYPE_RULE);
        assertThat(verdict.isApproved()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"labeling", "content-moderation", "translation", "survey", "transcription",
            "data-collection", "other"})
    void everyKnownTaskTypeIsAccepted(String type) {
        GovernanceVerdict verdict = rules.evaluate(task(type, "A task", "Do the task.", "{}"));

        assertThat(verdict.getFiredRules()).isEmpty();
        assertThat(verdict.isApproved()).isTrue();
    }

    @Test
    void knownTaskTypesComeFromThePolicy() {
        GovernanceRuleBase surveysOnly = new GovernanceRuleBase(
                new GovernancePolicy(Set.of("survey"), "personal-data-processing"));

        assertThat(surveysOnly.evaluate(task("survey", "A survey", "Answer.", "{}")).isApproved()).isTrue();
        GovernanceVerdict labeling = surveysOnly.evaluate(task("labeling", "Label", "Label it.", "{}"));
        assertThat(labeling.getFiredRules()).containsExactly(KNOWN_TYPE_RULE);
        assertThat(labeling.getRejections().get(0).reason()).contains("'labeling'").endsWith("known types: survey.");
    }

    @Test
    void highestDataClassWins() {
        // An e-mail address (PERSONAL) and an IBAN (SENSITIVE): the task is SENSITIVE.
        GovernanceVerdict verdict = rules.evaluate(task("data-collection", "Verify payout",
                "Check the IBAN DE89 3704 0044 0532 0130 00 and mail the result to payouts@example.org.", "{}"));

        // The SENSITIVE finding comes first and the PERSONAL one after it, so a verdict that kept the class
        // of the last finding (instead of the highest) would be PERSONAL and fail below.
        assertThat(verdict.getFiredRules()).containsExactly(IBAN_RULE, EMAIL_RULE, CONSENT_RULE);
        assertThat(verdict.getFindings()).extracting(DataFinding::dataClass)
                .containsExactly(DataClass.SENSITIVE, DataClass.PERSONAL);
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.SENSITIVE);
        assertThat(verdict.getRequiredConsents()).containsExactly("personal-data-processing");
        assertThat(verdict.isApproved()).isTrue();
    }

    @Test
    void everyRejectingRuleIsReported() {
        GovernanceVerdict verdict = rules.evaluate(task("crypto-mining", "Pay",
                "Charge 5500-0000-0000-0004, call +44 20 7946 0958.", "{}"));

        assertThat(verdict.getFiredRules()).containsExactlyInAnyOrder(
                PHONE_RULE, CARD_RULE, NO_CARDS_RULE, CONSENT_RULE, KNOWN_TYPE_RULE);
        assertThat(verdict.getFiredRules().subList(0, 2)).containsExactlyInAnyOrder(PHONE_RULE, CARD_RULE);
        assertThat(verdict.getRejections()).extracting(Rejection::ruleName)
                .containsExactlyInAnyOrder(NO_CARDS_RULE, KNOWN_TYPE_RULE);
        assertThat(verdict.getDataClass()).isEqualTo(DataClass.SENSITIVE);
        assertThat(verdict.isApproved()).isFalse();
    }

    @Test
    void classificationFiresBeforeDecisionsWhateverTheFileOrder() {
        // Build the same two DRL files under names that put the decisions first (Drools fires rules of equal
        // salience in load order): salience, not file naming, must keep the classification rules first.
        ClassLoader real = GovernanceRuleBase.class.getClassLoader();
        ClassLoader renaming = new ClassLoader(real) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return switch (name) {
                    case "reordered/1-decisions.drl" -> real.getResourceAsStream(GovernanceRuleBase.RESOURCES.get(1));
                    case "reordered/2-classification.drl" -> real.getResourceAsStream(GovernanceRuleBase.RESOURCES.get(0));
                    default -> super.getResourceAsStream(name);
                };
            }
        };
        assertThat(GovernanceRuleBase.RESOURCES.get(1)).endsWith("/decisions.drl");
        KieBase reordered = ClasspathKieBaseLoader.load("governance-reordered", "governance-reordered-session",
                renaming, List.of("reordered/1-decisions.drl", "reordered/2-classification.drl")).kieBase();

        GovernanceVerdict verdict = rules.evaluateWith(reordered.newStatelessKieSession(),
                task("crypto-mining", "Pay", "Mail a@example.org the card 4111 1111 1111 1111.", "{}"));

        assertThat(verdict.getFiredRules()).hasSize(5);
        assertThat(verdict.getFiredRules().subList(0, 2)).containsExactlyInAnyOrder(CARD_RULE, EMAIL_RULE);
        assertThat(verdict.getFiredRules().subList(2, 5))
                .containsExactlyInAnyOrder(NO_CARDS_RULE, CONSENT_RULE, KNOWN_TYPE_RULE);
    }

    @Test
    void ruleBaseVersionIsStable() {
        String version = rules.version();

        assertThat(version).matches("governance:[0-9a-f]{16}");
        assertThat(new GovernanceRuleBase().version()).isEqualTo(version);
        assertThat(new GovernanceRuleBase(GovernancePolicy.DEFAULT).version()).isEqualTo(version);
        assertThat(rules.evaluate(labeling("Label.", "{}")).getRuleSetVersion()).isEqualTo(version);
        // A different policy is a different rule set.
        assertThat(new GovernanceRuleBase(new GovernancePolicy(Set.of("survey"), "personal-data-processing")).version())
                .isNotEqualTo(version);
    }

    @Test
    void kmoduleContainerAgreesWithLoader() {
        KieContainer container = KieServices.Factory.get().getKieClasspathContainer();
        assertThat(container.verify().getMessages()).isEmpty();
        assertThat(container.getKieBaseNames()).contains(GovernanceRuleBase.KIE_BASE_NAME);

        List<TaskContent> samples = List.of(
                labeling("Draw boxes.", "{}"),
                labeling("Mail jane.doe@example.org", "{}"),
                task("survey", "Call", "Call +49 30 1234567", "{}"),
                task("data-collection", "Pay", "IBAN DE89 3704 0044 0532 0130 00", "{}"),
                task("transcription", "Receipt", "Card 4111 1111 1111 1111", "{}"),
                task("crypto-mining", "Mine", "Run it.", "{}"),
                task("crypto-mining", "Everything", "a@b.io +49 30 1234567 DE89370400440532013000 4111111111111111", "{}"));

        for (TaskContent sample : samples) {
            GovernanceVerdict fromLoader = rules.evaluate(sample);
            GovernanceVerdict fromKmodule = rules.evaluateWith(
                    container.newStatelessKieSession(GovernanceRuleBase.SESSION_NAME), sample);
            assertThat(fromKmodule).as("verdict for %s", sample).isEqualTo(fromLoader);
        }
        // And the samples do exercise the rules: every rule fired at least once.
        assertThat(samples.stream().flatMap(s -> rules.evaluate(s).getFiredRules().stream()).distinct())
                .containsExactlyInAnyOrder(EMAIL_RULE, PHONE_RULE, IBAN_RULE, CARD_RULE, NO_CARDS_RULE, CONSENT_RULE,
                        KNOWN_TYPE_RULE);
    }

    @Test
    void aPooledWorkingMemoryCarriesNothingIntoTheNextEvaluation() {
        // evaluations reuse the rule base's pooled working memories, reset in between
        TaskContent personal = labeling("Questions? Write to jane.doe@example.org.", "{}");
        TaskContent clean = labeling("Draw boxes.", "{}");
        for (int i = 0; i < 20; i++) {
            GovernanceVerdict first = rules.evaluate(personal);
            GovernanceVerdict next = rules.evaluate(clean);

            assertThat(first.getFiredRules()).containsExactly(EMAIL_RULE, CONSENT_RULE);
            assertThat(next.getFiredRules()).isEmpty();
            assertThat(next.getDataClass()).isEqualTo(DataClass.PUBLIC);
            assertThat(next.getFindings()).isEmpty();
            assertThat(next.getRequiredConsents()).isEmpty();
        }
    }

    @Test
    void evaluationIsThreadSafe() throws Exception {
        TaskContent plain = labeling("Draw boxes.", "{}");
        TaskContent card = task("transcription", "Receipt", "Card 4111 1111 1111 1111", "{}");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<GovernanceVerdict>> plainResults = new ArrayList<>();
            List<Future<GovernanceVerdict>> cardResults = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                plainResults.add(pool.submit(() -> rules.evaluate(plain)));
                cardResults.add(pool.submit(() -> rules.evaluate(card)));
            }
            for (Future<GovernanceVerdict> f : plainResults) {
                assertThat(f.get().getFiredRules()).isEmpty();
            }
            for (Future<GovernanceVerdict> f : cardResults) {
                assertThat(f.get().getFiredRules()).hasSize(3);
                assertThat(f.get().getRejections()).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
