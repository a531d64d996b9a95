package io.crowdflow.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.review.domain.AggregatedAnswer;
import io.crowdflow.review.domain.AggregatedAnswers;
import io.crowdflow.review.domain.Reputation;
import io.crowdflow.review.domain.Reputations;
import io.crowdflow.review.domain.ReviewHistory;
import io.crowdflow.review.domain.ReviewHistory.PastAnswer;
import io.crowdflow.review.domain.ReviewRules;
import io.crowdflow.rules.review.WorkerGoldRecord;
import io.crowdflow.task.domain.TaskStatus;
import org.mockito.ArgumentCaptor;
import io.crowdflow.rules.review.ReviewVerdict;
import io.crowdflow.shared.application.PlatformSettings;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskDraft;
import io.crowdflow.task.domain.TaskEvent;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** ReviewService.reviewAutomatically: what it records, with the rules mocked. */
@ExtendWith(MockitoExtension.class)
class AutomaticReviewServiceTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Mock
    AssignmentRepository assignments;
    @Mock
    TaskRepository tasks;
    @Mock
    ReviewRules rules;
    @Mock
    Clock clock;
    @Mock
    ReviewHistory history;
    @Mock
    Reputations reputations;
    @Mock
    AggregatedAnswers aggregatedAnswers;

    private final ReviewService reviews = new ReviewService();
    private Task task;

    @BeforeEach
    void wire() {
        reviews.assignments = assignments;
        reviews.tasks = tasks;
        reviews.clock = clock;
        reviews.reviewRules = rules;
        reviews.history = history;
        reviews.reputations = reputations;
        reviews.aggregatedAnswers = aggregatedAnswers;
        lenient().when(aggregatedAnswers.ofTask(any())).thenReturn(Optional.empty());
        lenient().when(history.recentOfType(any(), any(), anyInt())).thenReturn(List.of());
        lenient().when(reputations.find(any(), any())).thenReturn(Optional.empty());
        reviews.settings = new ReviewSettings();
        reviews.settings.settings = new PlatformSettings();
        useTask(new TaskDraft.Raw("Label", null, "labeling", "0.50", "USD", 3, "PT1H", List.of(), null));
        lenient().when(clock.now()).thenReturn(NOW.plusSeconds(300));
    }

    private void useTask(TaskDraft.Raw raw) {
        task = new Task("requester-1", TaskDraft.from(raw), null, NOW);
        task.open(NOW, "escrow");
        task.startReview(NOW, "review");
        lenient().when(tasks.get(task.id())).thenReturn(task);
    }

    private static TaskDraft.Raw withReview(String aggregation, String target, Integer maxAssignments, String gold) {
        return new TaskDraft.Raw("Label", null, "labeling", "0.50", "USD", 3, "PT1H", List.of(), null, aggregation,
                target == null ? null : new BigDecimal(target), maxAssignments, gold);
    }

    private Submission submission(String worker, String answer) {
        return new Assignment(task.id(), worker, NOW, Duration.ofHours(1), "turn").submit(answer, NOW.plusSeconds(60));
    }

    @Test
    void twoAgreeingAreAcceptedAndTheOutlierRejectedWithoutAnActorAndWithTheReason() {
        Submission a = submission("w1", "\"cat\"");
        Submission b = submission("w2", "{\"label\": \"cat\"}");
        Submission c = submission("w3", "\"dog\"");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(a, b, c));
        when(rules.check(any(), any(), any(), any())).thenReturn(new ReviewVerdict("review:test"));

        List<String> left = reviews.reviewAutomatically(task.id()).forHumans();

        assertThat(left).isEmpty();
        assertThat(a.isAccepted()).isTrue();
        assertThat(b.isAccepted()).isTrue();
        assertThat(c.decision()).isEqualTo(Submission.Decision.REJECT);
        assertThat(c.reviewerId()).isNull();
        assertThat(c.decisionReason()).startsWith("decided automatically: differs from the aggregated answer:"
                + " majority-vote gives 'cat' with confidence 0.67 (2 of 3 answers)");
        List<TaskEvent> decisions = task.events().stream().filter(e -> e.type() == TaskEventType.SUBMISSION_ACCEPTED
                || e.type() == TaskEventType.SUBMISSION_REJECTED).toList();
        assertThat(decisions).hasSize(3).allSatisfy(e -> assertThat(e.actor()).isNull());
        assertThat(decisions.get(2).reason()).startsWith("submission " + c.id() + " rejected automatically: differs");
    }

    @Test
    void theAggregatedAnswerTheDecisionsRestOnIsKeptForTheRequester() {
        Submission a = submission("w1", "\"cat\"");
        Submission b = submission("w2", "{\"label\": \"cat\"}");
        Submission c = submission("w3", "\"dog\"");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(a, b, c));
        when(rules.check(any(), any(), any(), any())).thenReturn(new ReviewVerdict("review:test"));

        reviews.reviewAutomatically(task.id());

        ArgumentCaptor<AggregatedAnswer> kept = ArgumentCaptor.forClass(AggregatedAnswer.class);
        verify(aggregatedAnswers).add(kept.capture());
        AggregatedAnswer answer = kept.getValue();
        assertThat(answer.taskId()).isEqualTo(task.id());
        assertThat(answer.method()).isEqualTo("majority-vote");
        assertThat(answer.label()).isEqualTo("cat");
        assertThat(answer.confidence()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(answer.confident()).isTrue();
        assertThat(answer.tied()).isFalse();
        assertThat(answer.answersAggregated()).isEqualTo(3);
        assertThat(answer.agreeing()).isEqualTo(2);
        assertThat(answer.targetConfidence()).isEqualTo(0.66);
        assertThat(answer.evidence()).isEqualTo("majority-vote gives 'cat' with confidence 0.67 (2 of 3 answers)");
        assertThat(answer.aggregatedAt()).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void aTaskHandedToHumansKeepsItsUnconfidentAggregateAndAReviewAfterMoreWorkReplacesIt() {
        Submission a = submission("w1", "\"cat\"");
        Submission b = submission("w2", "\"dog\"");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(a, b));
        when(rules.check(any(), any(), any(), any())).thenReturn(new ReviewVerdict("review:test"));

        reviews.reviewAutomatically(task.id());

        ArgumentCaptor<AggregatedAnswer> kept = ArgumentCaptor.forClass(AggregatedAnswer.class);
        verify(aggregatedAnswers).add(kept.capture());
        assertThat(kept.getValue().confident()).isFalse();
        assertThat(kept.getValue().tied()).isTrue();
        assertThat(kept.getValue().answersAggregated()).isEqualTo(2);

        Submission c = submission("w3", "\"cat\"");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(a, b, c));
        when(aggregatedAnswers.ofTask(task.id())).thenReturn(Optional.of(kept.getValue()));
        reviews.reviewAutomatically(task.id());

        verify(aggregatedAnswers).add(any());
        assertThat(kept.getValue().label()).isEqualTo("cat");
        assertThat(kept.getValue().confident()).isTrue();
        assertThat(kept.getValue().answersAggregated()).isEqualTo(3);
    }

    @Test
    void whatRulesFlagAndAlreadyDecidedSubmissionsAreLeftAloneAndFlaggedOnesGoToHumans() {
        Submission a = submission("w1", "\"cat\"");
        Submission b = submission("w2", "\"cat\"");
        Submission c = submission("w3", "\"cat\"");
        Submission decided = submission("w4", "\"dog\"");
        decided.decide(Submission.Decision.REJECT, "reviewer-1", "earlier", NOW);
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(a, b, c, decided));
        ReviewVerdict verdict = new ReviewVerdict("review:test");
        verdict.flag(c.id(), "An answer submitted faster than the minimum work time is flagged", "fast");
        when(rules.check(any(), any(), any(), any())).thenReturn(verdict);

        List<String> left = reviews.reviewAutomatically(task.id()).forHumans();

        // c is flagged: a human decides it, and only a and b vote: 2 answers are too few to decide automatically
        assertThat(left).containsExactlyInAnyOrder(a.id(), b.id(), c.id());
        assertThat(a.decision()).isNull();
        assertThat(decided.decisionReason()).isEqualTo("earlier");
    }

    @Test
    void aResultBelowTheTasksTargetOpensOneMoreAssignmentAndDecidesNothing() {
        useTask(withReview(null, "0.70", 4, null));
        Submission a = submission("w1", "\"cat\"");
        Submission b = submission("w2", "\"cat\"");
        Submission c = submission("w3", "\"dog\"");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(a, b, c));
        when(rules.check(any(), any(), any(), any())).thenReturn(new ReviewVerdict("review:test"));

        ReviewService.AutomaticOutcome outcome = reviews.reviewAutomatically(task.id());

        assertThat(outcome.extraAssignment()).isTrue();
        assertThat(outcome.forHumans()).isEmpty();
        assertThat(List.of(a, b, c)).allSatisfy(s -> assertThat(s.decision()).isNull());
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.events().get(task.events().size() - 1).reason())
                .contains("majority-vote gives 'cat' with confidence 0.67 (2 of 3 answers)")
                .contains("one more assignment (4 of at most 4)");
        verify(reputations, never()).add(any());
        verify(aggregatedAnswers, never()).add(any()); // not final: the review runs again once the work is in
    }

    @Test
    void atTheMostAssignmentsALowConfidenceResultGoesToHumansAndSaysSo() {
        useTask(withReview(null, "0.80", 4, null));
        Submission a = submission("w1", "\"cat\"");
        Submission b = submission("w2", "\"cat\"");
        Submission c = submission("w3", "\"dog\"");
        Submission d = submission("w4", "\"cat\"");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(a, b, c, d));
        when(rules.check(any(), any(), any(), any())).thenReturn(new ReviewVerdict("review:test"));

        ReviewService.AutomaticOutcome outcome = reviews.reviewAutomatically(task.id());

        assertThat(outcome.extraAssignment()).isFalse();
        assertThat(outcome.forHumans()).containsExactlyInAnyOrder(a.id(), b.id(), c.id(), d.id());
        assertThat(task.status()).isEqualTo(TaskStatus.IN_REVIEW);
    }

    @Test
    void dawidSkeneLearnsFromTheTypesHistoryThatTheOutlierIsASpammerAndDecidesConfidently() {
        useTask(withReview("dawid-skene", "0.90", null, null));
        List<PastAnswer> past = new ArrayList<>();
        String[] labels = {"cat", "dog", "bird"};
        for (int i = 0; i < 60; i++) {
            String truth = labels[i % 3];
            past.add(new PastAnswer("t" + i, "w1", truth, null));
            past.add(new PastAnswer("t" + i, "w2", truth, null));
            past.add(new PastAnswer("t" + i, "w4", truth, null));
            past.add(new PastAnswer("t" + i, "w3", labels[(i * 7 + i / 3) % 3], null));
        }
        when(history.recentOfType(eq("labeling"), eq(task.id()), anyInt())).thenReturn(past);
        Submission a = submission("w1", "\"cat\"");
        Submission b = submission("w2", "\"cat\"");
        Submission c = submission("w3", "\"dog\"");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(a, b, c));
        when(rules.check(any(), any(), any(), any())).thenReturn(new ReviewVerdict("review:test"));

        ReviewService.AutomaticOutcome outcome = reviews.reviewAutomatically(task.id());

        assertThat(outcome.forHumans()).isEmpty();
        assertThat(a.isAccepted()).isTrue();
        assertThat(c.decision()).isEqualTo(Submission.Decision.REJECT);
        // majority vote's 2 of 3 (0.67) would miss the 0.90 target; the history makes Dawid-Skene sure
        assertThat(c.decisionReason()).containsPattern("dawid-skene gives 'cat' with confidence (0\\.9[0-9]|1\\.00)")
                .contains("learned from 60 other item(s) of the type");
        ArgumentCaptor<Reputation> saved = ArgumentCaptor.forClass(Reputation.class);
        verify(reputations, atLeastOnce()).add(saved.capture());
        Reputation spammer = saved.getAllValues().stream().filter(r -> r.workerId().equals("w3")).findFirst()
                .orElseThrow();
        Reputation reliable = saved.getAllValues().stream().filter(r -> r.workerId().equals("w1")).findFirst()
                .orElseThrow();
        assertThat(spammer.estimate().estimatedAccuracy()).isLessThan(0.5);
        assertThat(reliable.estimate().estimatedAccuracy()).isGreaterThan(0.9);
        assertThat(reliable.estimate().answers()).isEqualTo(61);
        assertThat(reliable.estimate().explanation()).contains("dawid-skene over the 243 most recent answers");
    }

    @Test
    void theRulesGetTheGoldAnswerOfAGoldQuestionAndEachWorkersWholeHistoryGoldRecord() {
        useTask(withReview(null, null, null, "cat"));
        // the recent pool holds only some of their gold answers; the whole-history records decide
        List<PastAnswer> past = List.of(new PastAnswer("g1", "w1", "dog", "dog"),
                new PastAnswer("t9", "w1", "cat", null), new PastAnswer("g1", "someone-else", "dog", "dog"));
        when(history.recentOfType(any(), any(), anyInt())).thenReturn(past);
        when(history.goldRecordsOf(eq("labeling"), eq(Set.of("w1", "w3")))).thenReturn(List.of(
                new WorkerGoldRecord("w1", 2, 2), new WorkerGoldRecord("w3", 1, 0)));
        Submission a = submission("w1", "\"cat\"");
        Submission c = submission("w3", "\"dog\"");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(a, c));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<WorkerGoldRecord>> records = ArgumentCaptor.forClass(List.class);
        when(rules.check(any(), any(), any(), records.capture())).thenReturn(new ReviewVerdict("review:test"));

        List<String> left = reviews.reviewAutomatically(task.id()).forHumans();

        // a gold question needs no quorum: the known answer decides, with confidence 1
        assertThat(left).isEmpty();
        assertThat(a.isAccepted()).isTrue();
        assertThat(c.decision()).isEqualTo(Submission.Decision.REJECT);
        assertThat(a.decisionReason()).contains("confidence 1.00").contains("a gold question");
        assertThat(records.getValue()).containsExactly(new WorkerGoldRecord("w1", 2, 2),
                new WorkerGoldRecord("w3", 1, 0));
        assertThat(task.reviewPlan().goldAnswer()).isEqualTo("cat");
        // each answer is judged against the known answer once, and the judgement counts from now on
        assertThat(a.goldCorrect()).isTrue();
        assertThat(c.goldCorrect()).isFalse();
    }

    @Test
    void aWrongAnswerToAMixedInGoldItemRejectedByTheRulesStillCountsInTheWorkersGoldRecordAndReputation() {
        useTask(new TaskDraft.Raw("Label", null, "labeling", "0.50", "USD", 1, "PT1H", List.of(), null, null, null,
                null, "cat"));
        when(history.recentOfType(any(), any(), anyInt())).thenReturn(List.of(new PastAnswer("g1", "w3", "bird",
                "dog"), new PastAnswer("t1", "w3", "dog", null), new PastAnswer("t1", "w1", "dog", null)));
        // before this task: 1 gold answer of the type, wrong (older than the pool holds, say)
        when(history.goldRecordsOf(any(), any())).thenReturn(List.of(new WorkerGoldRecord("w3", 1, 0)));
        Submission wrong = submission("w3", "\"dog\"");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(wrong));
        ReviewVerdict verdict = new ReviewVerdict("review:test");
        verdict.reject(wrong.id(), "A wrong answer to a gold question fails the gold check", "'dog' is not 'cat'");
        when(rules.check(any(), any(), any(), any())).thenReturn(verdict);

        reviews.reviewAutomatically(task.id());

        assertThat(wrong.decision()).isEqualTo(Submission.Decision.REJECT);
        assertThat(wrong.decisionReason()).contains("rejected by review rules: A wrong answer to a gold question");
        // nothing was aggregated, yet the failed gold answer is judged and reaches the worker's whole-history
        // record: 1 before + this one = 2 gold, none right
        assertThat(wrong.goldCorrect()).isFalse();
        ArgumentCaptor<Reputation> saved = ArgumentCaptor.forClass(Reputation.class);
        verify(reputations).add(saved.capture());
        assertThat(saved.getValue().workerId()).isEqualTo("w3");
        assertThat(saved.getValue().estimate().goldAnswered()).isEqualTo(2);
        assertThat(saved.getValue().estimate().goldCorrect()).isZero();
        assertThat(saved.getValue().estimate().answers()).isEqualTo(3);
    }
}
