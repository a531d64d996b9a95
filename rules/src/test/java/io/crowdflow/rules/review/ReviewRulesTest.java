package io.crowdflow.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

/** Scenarios: each inserts one task's submissions, fires the rules and asserts which rules fired. */
class ReviewRulesTest {

    private static final String EMPTY = "An empty answer is rejected";
    private static final String MALFORMED = "An answer that is not one of the task's labels is rejected as malformed";
    private static final String TOO_FAST = "An answer submitted faster than the minimum work time is flagged";
    private static final String DUPLICATE = "Identical free-text answers from different workers are flagged";
    private static final String GOLD = "A wrong answer to a gold question fails the gold check";
    private static final String LOW_GOLD = "A worker with low accuracy on gold questions is flagged";

    private static final long SLOW = 60_000;

    private final ReviewRuleBase rules = new ReviewRuleBase();

    private static final ReviewTask LABELS = new ReviewTask("t1", AnswerKind.LABEL, Set.of("cat", "dog"), null);
    private static final ReviewTask TEXT = new ReviewTask("t1", AnswerKind.FREE_TEXT, Set.of(), null);

    private static SubmittedAnswer label(String id, String worker, String label) {
        return new SubmittedAnswer(id, "t1", worker, label == null ? null : "\"" + label + "\"", label, SLOW);
    }

    private static SubmittedAnswer text(String id, String worker, String text) {
        return new SubmittedAnswer(id, "t1", worker, "\"" + text + "\"", text, SLOW);
    }

    @Test
    void goodLabelAnswersPassWithoutAnyRuleFiring() {
        ReviewVerdict verdict = rules.evaluate(LABELS,
                List.of(label("s1", "w1", "cat"), label("s2", "w2", "cat"), label("s3", "w3", "dog")), List.of());

        assertThat(verdict.getFiredRules()).isEmpty();
        assertThat(verdict.outcomeOf("s1")).isEqualTo(ReviewAction.PASS);
        assertThat(verdict.reasonFor("s1")).isEmpty();
        assertThat(verdict.getRuleSetVersion()).isEqualTo(rules.version()).startsWith("review:");
    }

    @Test
    void emptyAnswersAreRejectedWhateverTheirShape() {
        List<SubmittedAnswer> answers = List.of(
                new SubmittedAnswer("s1", "t1", "w1", null, null, SLOW),
                new SubmittedAnswer("s2", "t1", "w2", "\"  \"", "  ", SLOW),
                new SubmittedAnswer("s3", "t1", "w3", "{}", null, SLOW),
                new SubmittedAnswer("s4", "t1", "w4", "[ ]", null, SLOW),
                new SubmittedAnswer("s5", "t1", "w5", "null", null, SLOW));

        ReviewVerdict verdict = rules.evaluate(TEXT, answers, List.of());

        assertThat(verdict.getFiredRules()).containsOnly(EMPTY).hasSize(5);
        for (SubmittedAnswer a : answers) {
            assertThat(verdict.outcomeOf(a.submissionId())).isEqualTo(ReviewAction.REJECT);
            assertThat(verdict.reasonFor(a.submissionId())).isEqualTo(EMPTY);
        }
    }

    @Test
    void aLabelOutsideTheTasksLabelsOrAnAnswerWithoutALabelIsMalformed() {
        ReviewVerdict verdict = rules.evaluate(LABELS, List.of(label("s1", "w1", "horse"),
                new SubmittedAnswer("s2", "t1", "w2", "{\"comment\": \"no idea\"}", null, SLOW),
                label("s3", "w3", " dog ")), List.of());

        assertThat(verdict.getFiredRules()).containsExactlyInAnyOrder(MALFORMED, MALFORMED);
        assertThat(verdict.outcomeOf("s1")).isEqualTo(ReviewAction.REJECT);
        assertThat(verdict.outcomeOf("s2")).isEqualTo(ReviewAction.REJECT);
        assertThat(verdict.outcomeOf("s3")).isEqualTo(ReviewAction.PASS);
    }

    @Test
    void aLabelTaskWithoutALabelSetAcceptsAnyAnswer() {
        ReviewTask anyLabel = new ReviewTask("t1", AnswerKind.LABEL, Set.of(), null);

        assertThat(rules.evaluate(anyLabel, List.of(label("s1", "w1", "horse"),
                new SubmittedAnswer("s2", "t1", "w2", "{\"cat\": true}", null, SLOW)), List.of()).getFiredRules())
                .isEmpty();
    }

    @Test
    void anAnswerFasterThanTheMinimumWorkTimeIsFlaggedWithTheFigures() {
        SubmittedAnswer fast = new SubmittedAnswer("s1", "t1", "w1", "\"cat\"", "cat", 2_500);
        SubmittedAnswer justInTime = new SubmittedAnswer("s2", "t1", "w2", "\"cat\"", "cat", 10_000);

        ReviewVerdict verdict = rules.evaluate(LABELS, List.of(fast, justInTime), List.of());

        assertThat(verdict.getFiredRules()).containsExactly(TOO_FAST);
        assertThat(verdict.outcomeOf("s1")).isEqualTo(ReviewAction.FLAG);
        assertThat(verdict.findingsOf("s1").get(0).detail())
                .isEqualTo("Submitted 2500 ms after assignment; the minimum is 10000 ms.");
        assertThat(verdict.outcomeOf("s2")).isEqualTo(ReviewAction.PASS);
    }

    @Test
    void theMinimumWorkTimeComesFromThePolicy() {
        ReviewRuleBase strict = new ReviewRuleBase(new ReviewPolicy(Duration.ofMinutes(2), 20, ReviewAction.REJECT,
                0.7, 5));

        assertThat(strict.evaluate(LABELS, List.of(label("s1", "w1", "cat")), List.of()).getFiredRules())
                .containsExactly(TOO_FAST);
        assertThat(strict.version()).isNotEqualTo(rules.version());
    }

    @Test
    void identicalLongFreeTextFromDifferentWorkersIsFlaggedOnBoth() {
        ReviewVerdict verdict = rules.evaluate(TEXT, List.of(
                text("s1", "w1", "The quick brown fox jumps over the lazy dog"),
                text("s2", "w2", "the quick  brown fox jumps over the LAZY dog "),
                text("s3", "w3", "A fast brown fox leaps over a sleepy dog")), List.of());

        assertThat(verdict.getFiredRules()).containsExactly(DUPLICATE, DUPLICATE);
        assertThat(verdict.outcomeOf("s1")).isEqualTo(ReviewAction.FLAG);
        assertThat(verdict.outcomeOf("s2")).isEqualTo(ReviewAction.FLAG);
        assertThat(verdict.outcomeOf("s3")).isEqualTo(ReviewAction.PASS);
    }

    @Test
    void identicalLabelsAndShortIdenticalTextsAreAgreementNotCopying() {
        ReviewVerdict labels = rules.evaluate(LABELS,
                List.of(label("s1", "w1", "cat"), label("s2", "w2", "cat"), label("s3", "w3", "cat")), List.of());
        ReviewVerdict shortTexts = rules.evaluate(TEXT,
                List.of(text("s1", "w1", "Good morning"), text("s2", "w2", "good morning")), List.of());

        assertThat(labels.getFiredRules()).isEmpty();
        assertThat(shortTexts.getFiredRules()).isEmpty();
    }

    @Test
    void theSameTextTwiceFromOneWorkerIsNotACopyAcrossWorkers() {
        ReviewVerdict verdict = rules.evaluate(TEXT, List.of(
                text("s1", "w1", "The quick brown fox jumps over the lazy dog"),
                text("s2", "w1", "The quick brown fox jumps over the lazy dog")), List.of());

        assertThat(verdict.getFiredRules()).isEmpty();
    }

    @Test
    void aWrongAnswerToAGoldQuestionIsRejectedAndARightOneIgnoringCasePasses() {
        ReviewTask gold = new ReviewTask("t1", AnswerKind.LABEL, Set.of("cat", "dog"), "cat");

        ReviewVerdict verdict = rules.evaluate(gold, List.of(label("s1", "w1", "dog"), label("s2", "w2", "cat")),
                List.of());

        assertThat(verdict.getFiredRules()).containsExactly(GOLD);
        assertThat(verdict.outcomeOf("s1")).isEqualTo(ReviewAction.REJECT);
        assertThat(verdict.reasonFor("s1")).isEqualTo(GOLD);
        assertThat(verdict.outcomeOf("s2")).isEqualTo(ReviewAction.PASS);
    }

    @Test
    void thePolicyCanMakeAFailedGoldQuestionAFlagInstead() {
        ReviewRuleBase lenient = new ReviewRuleBase(new ReviewPolicy(Duration.ofSeconds(10), 20, ReviewAction.FLAG,
                0.7, 5));
        ReviewTask gold = new ReviewTask("t1", AnswerKind.FREE_TEXT, Set.of(), "Bonjour");

        ReviewVerdict verdict = lenient.evaluate(gold, List.of(text("s1", "w1", "Salut")), List.of());

        assertThat(verdict.getFiredRules()).containsExactly(GOLD);
        assertThat(verdict.outcomeOf("s1")).isEqualTo(ReviewAction.FLAG);
    }

    @Test
    void aWorkerBelowTheMinimumGoldAccuracyIsFlaggedOnceEnoughGoldIsAnswered() {
        ReviewVerdict verdict = rules.evaluate(LABELS,
                List.of(label("s1", "w1", "cat"), label("s2", "w2", "cat"), label("s3", "w3", "cat")),
                List.of(new WorkerGoldRecord("w1", 10, 6), new WorkerGoldRecord("w2", 4, 0),
                        new WorkerGoldRecord("w3", 10, 7)));

        assertThat(verdict.getFiredRules()).containsExactly(LOW_GOLD);
        assertThat(verdict.outcomeOf("s1")).isEqualTo(ReviewAction.FLAG);
        assertThat(verdict.findingsOf("s1").get(0).detail()).isEqualTo("The worker answered 6 of 10 gold questions right.");
        assertThat(verdict.outcomeOf("s2")).isEqualTo(ReviewAction.PASS); // only 4 gold answers so far
        assertThat(verdict.outcomeOf("s3")).isEqualTo(ReviewAction.PASS); // exactly 70 %
    }

    @Test
    void aRejectionOutweighsAFlagAndTheReasonNamesTheRejectingRules() {
        SubmittedAnswer fastAndEmpty = new SubmittedAnswer("s1", "t1", "w1", "\"\"", "", 1_000);

        ReviewVerdict verdict = rules.evaluate(LABELS, List.of(fastAndEmpty), List.of());

        assertThat(verdict.getFiredRules()).containsExactlyInAnyOrder(EMPTY, TOO_FAST);
        assertThat(verdict.outcomeOf("s1")).isEqualTo(ReviewAction.REJECT);
        assertThat(verdict.reasonFor("s1")).isEqualTo(EMPTY);
        assertThat(verdict.findingsOf("s1")).hasSize(2);
    }

    @Test
    void submissionsOfAnotherTaskAreRefused() {
        SubmittedAnswer other = new SubmittedAnswer("s1", "t2", "w1", "\"cat\"", "cat", SLOW);

        assertThatThrownBy(() -> rules.evaluate(LABELS, List.of(other), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kmoduleContainerAgreesWithLoaderAndEveryRuleFiresInSomeScenario() {
        KieContainer container = KieServices.Factory.get().getKieClasspathContainer();
        assertThat(container.getKieBaseNames()).contains(ReviewRuleBase.KIE_BASE_NAME);

        ReviewTask gold = new ReviewTask("t1", AnswerKind.FREE_TEXT, Set.of(), "The quick brown fox jumps high");
        List<Object> facts = List.of(ReviewPolicy.DEFAULT, gold,
                new SubmittedAnswer("s1", "t1", "w1", "\"\"", "", 1_000),
                text("s2", "w2", "The quick brown fox jumps over it"), text("s3", "w3", "The quick brown fox jumps over it"),
                new WorkerGoldRecord("w2", 10, 1));
        ReviewVerdict fromContainer = rules.evaluateWith(container.newStatelessKieSession(ReviewRuleBase.SESSION_NAME),
                facts);
        ReviewVerdict fromLoader = rules.evaluateWith(rules.kieBase().newStatelessKieSession(), facts);

        assertThat(fromContainer.getFindings()).containsExactlyInAnyOrderElementsOf(fromLoader.getFindings());
        assertThat(fromLoader.getFiredRules()).contains(EMPTY, TOO_FAST, DUPLICATE, GOLD, LOW_GOLD);
        assertThat(rules.evaluate(LABELS, List.of(label("s9", "w9", "horse")), List.of()).getFiredRules())
                .containsExactly(MALFORMED);
        assertThat(rules.kieBase().getKiePackage("io.crowdflow.rules.review").getRules()).hasSize(6);
    }

    @Test
    void evaluationIsThreadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new java.util.ArrayList<>();
            for (int n = 0; n < 40; n++) {
                boolean fast = n % 2 == 0;
                results.add(pool.submit(() -> rules.evaluate(LABELS,
                        List.of(new SubmittedAnswer("s", "t1", "w", "\"cat\"", "cat", fast ? 1 : SLOW)),
                        List.of()).getFiredRules()));
            }
            for (int n = 0; n < results.size(); n++) {
                assertThat(results.get(n).get()).isEqualTo(n % 2 == 0 ? List.of(TOO_FAST) : List.of());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void everyReviewRuleIsMvelSoNoJavaCompilerIsNeeded() {
        assertThat(rules.kieBase().getKiePackage("io.crowdflow.rules.review").getRules()).hasSize(6)
                .allSatisfy(rule -> {
                    org.drools.base.definitions.rule.impl.RuleImpl impl = (org.drools.base.definitions.rule.impl.RuleImpl) rule;
                    assertThat(impl.getDialect()).as(rule.getName()).isEqualTo("mvel");
                    assertThat(impl.getConsequence()).as(rule.getName())
                            .isInstanceOf(org.drools.mvel.expr.MVELConsequence.class);
                });
    }

    @Test
    void theReviewKieBaseIsCompiledOnceAndEveryDrlInItsFolderIsBuilt() throws Exception {
        assertThat(new ReviewRuleBase().kieBase()).isSameAs(rules.kieBase());
        java.nio.file.Path classes = java.nio.file.Path.of(
                ReviewRuleBase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (var files = java.nio.file.Files.list(classes.resolve("io/crowdflow/rules/review"))) {
            assertThat(files.map(p -> "io/crowdflow/rules/review/" + p.getFileName())
                    .filter(p -> p.endsWith(".drl") || p.endsWith(".drl.csv") || p.endsWith(".drl.xlsx")))
                    .containsExactlyInAnyOrderElementsOf(ReviewRuleBase.RESOURCES);
        }
    }
}
