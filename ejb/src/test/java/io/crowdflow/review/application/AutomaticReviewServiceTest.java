package io.crowdflow.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.review.domain.ReviewRules;
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

    private final ReviewService reviews = new ReviewService();
    private Task task;

    @BeforeEach
    void wire() {
        reviews.assignments = assignments;
        reviews.tasks = tasks;
        reviews.clock = clock;
        reviews.reviewRules = rules;
        reviews.settings = new ReviewSettings();
        reviews.settings.settings = new PlatformSettings();
        task = new Task("requester-1", TaskDraft.from(new TaskDraft.Raw("Label", null, "labeling", "0.50", "USD",
                3, "PT1H", List.of(), null)), null, NOW);
        task.open(NOW, "escrow");
        task.startReview(NOW, "review");
        lenient().when(clock.now()).thenReturn(NOW.plusSeconds(300));
        when(tasks.get(task.id())).thenReturn(task);
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
        when(rules.check(any(), any(), any())).thenReturn(new ReviewVerdict("review:test"));

        List<String> left = reviews.reviewAutomatically(task.id());

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
    void whatRulesFlagAndAlreadyDecidedSubmissionsAreLeftAloneAndFlaggedOnesGoToHumans() {
        Submission a = submission("w1", "\"cat\"");
        Submission b = submission("w2", "\"cat\"");
        Submission c = submission("w3", "\"cat\"");
        Submission decided = submission("w4", "\"dog\"");
        decided.decide(Submission.Decision.REJECT, "reviewer-1", "earlier", NOW);
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(a, b, c, decided));
        ReviewVerdict verdict = new ReviewVerdict("review:test");
        verdict.flag(c.id(), "An answer submitted faster than the minimum work time is flagged", "fast");
        when(rules.check(any(), any(), any())).thenReturn(verdict);

        List<String> left = reviews.reviewAutomatically(task.id());

        // c is flagged: a human decides it, and only a and b vote: 2 answers are too few to decide automatically
        assertThat(left).containsExactlyInAnyOrder(a.id(), b.id(), c.id());
        assertThat(a.decision()).isNull();
        assertThat(decided.decisionReason()).isEqualTo("earlier");
    }
}
