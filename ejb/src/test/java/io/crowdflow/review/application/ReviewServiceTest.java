package io.crowdflow.review.application;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.domain.FourEyesViolationException;
import io.crowdflow.review.domain.SubmissionNotFoundException;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.InvalidRequestException.Violation;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskDraft;
import io.crowdflow.task.domain.TaskEvent;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class ReviewServiceTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final Caller REVIEWER = new Caller("reviewer-1", "rita", Set.of(Caller.REVIEWER));

    @Mock
    AssignmentRepository assignments;
    @Mock
    TaskRepository tasks;
    @Mock
    TaskWorkflow workflow;
    @Mock
    Clock clock;

    private final ReviewService reviews = new ReviewService();
    private Task task;
    private Submission submission;

    @BeforeEach
    void wire() {
        reviews.assignments = assignments;
        reviews.tasks = tasks;
        reviews.workflow = workflow;
        reviews.clock = clock;

        task = new Task("requester-1", TaskDraft.from(new TaskDraft.Raw("Label", null, "labeling", "0.50", "USD",
                1, "PT1H", List.of(), null)), null, NOW);
        submission = new Assignment(task.id(), "worker-1", NOW, Duration.ofHours(1), "turn").submit("{}", NOW);
        lenient().when(clock.now()).thenReturn(NOW.plusSeconds(300));
        lenient().when(tasks.get(task.id())).thenReturn(task);
        lenient().when(assignments.findSubmission(submission.id())).thenReturn(Optional.of(submission));
    }

    @Test
    void aReviewerAcceptsAnotherPersonsSubmission() {
        task.open(NOW, "escrow");
        task.startReview(NOW, "review");

        Submission decided = reviews.decide(REVIEWER, submission.id(), "accept", null);

        assertThat(decided.isAccepted()).isTrue();
        assertThat(decided.reviewerId()).isEqualTo("reviewer-1");
        assertThat(decided.decisionReason()).isEqualTo("no reason given");
        assertThat(decided.decidedAt()).isEqualTo(NOW.plusSeconds(300));
        TaskEvent event = task.events().get(task.events().size() - 1);
        assertThat(event.type()).isEqualTo(TaskEventType.SUBMISSION_ACCEPTED);
        assertThat(event.actor()).isEqualTo("reviewer-1");
        verify(workflow).completeReview(task, submission.id());
    }

    @Test
    void aRejectionKeepsItsReasonStrippedAndTheDecisionWordIsCaseInsensitive() {
        task.open(NOW, "escrow");
        task.startReview(NOW, "review");

        Submission decided = reviews.decide(REVIEWER, submission.id(), "REJECT", "  the label is wrong  ");

        assertThat(decided.decision()).isEqualTo(Submission.Decision.REJECT);
        assertThat(decided.decisionReason()).isEqualTo("the label is wrong");
        TaskEvent event = task.events().get(task.events().size() - 1);
        assertThat(event.type()).isEqualTo(TaskEventType.SUBMISSION_REJECTED);
        assertThat(event.reason()).endsWith("rejected by a reviewer: the label is wrong");
    }

    @Test
    void aDecisionIsRequired() {
        assertThat(violationsOf(null, "fine")).containsExactly(
                new Violation("decision", "is required: \"accept\" or \"reject\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"approve", "", "yes", "accepted"})
    void aDecisionOtherThanAcceptOrRejectIsRefused(String decision) {
        assertThat(violationsOf(decision, "fine")).containsExactly(
                new Violation("decision", "must be \"accept\" or \"reject\""));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aRejectionWithoutAReasonIsRefused(String reason) {
        assertThat(violationsOf("reject", reason)).containsExactly(
                new Violation("reason", "a rejection always carries a reason"));
    }

    @Test
    void aReasonLongerThanTwoThousandCharactersIsRefused() {
        assertThat(violationsOf("accept", "r".repeat(2001))).containsExactly(
                new Violation("reason", "at most 2000 characters"));
    }

    @Test
    void aReasonOfExactlyTwoThousandCharactersIsAccepted() {
        task.open(NOW, "escrow");
        task.startReview(NOW, "review");

        Submission decided = reviews.decide(REVIEWER, submission.id(), "reject", "r".repeat(2000));

        assertThat(decided.decisionReason()).hasSize(2000);
    }

    @Test
    void everyProblemWithTheInputIsReportedTogether() {
        assertThat(violationsOf("maybe", "r".repeat(2001))).extracting(Violation::field)
                .containsExactly("decision", "reason");
    }

    @Test
    void workerCannotReviewOwnSubmission() {
        task.open(NOW, "escrow");
        task.startReview(NOW, "review");
        Caller worker = new Caller("worker-1", "wanda", Set.of(Caller.WORKER, Caller.REVIEWER));

        assertThatThrownBy(() -> reviews.decide(worker, submission.id(), "accept", null))
                .isInstanceOf(FourEyesViolationException.class)
                .hasMessageContaining("you are the worker");
        assertThat(submission.decision()).isNull();
        verify(workflow, never()).completeReview(task, submission.id());
    }

    @Test
    void requesterCannotReviewWorkOnOwnTask() {
        task.open(NOW, "escrow");
        task.startReview(NOW, "review");
        Caller requester = new Caller("requester-1", "rob", Set.of(Caller.REQUESTER, Caller.REVIEWER));

        assertThatThrownBy(() -> reviews.decide(requester, submission.id(), "accept", null))
                .isInstanceOf(FourEyesViolationException.class)
                .hasMessageContaining("you are the requester");
        assertThat(submission.decision()).isNull();
        verifyNoInteractions(workflow);
    }

    @Test
    void aSubmissionOfATaskNotInReviewCannotBeDecided() {
        task.open(NOW, "escrow");

        assertThatThrownBy(() -> reviews.decide(REVIEWER, submission.id(), "accept", null))
                .isInstanceOf(SubmissionNotFoundException.class);
        assertThat(submission.decision()).isNull();
    }

    @Test
    void anUnknownSubmissionIsNotFound() {
        when(assignments.findSubmission("nope")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> reviews.decide(REVIEWER, "nope", "accept", null))
                .isInstanceOf(SubmissionNotFoundException.class);
    }

    private List<Violation> violationsOf(String decision, String reason) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> reviews.decide(REVIEWER, submission.id(), decision, reason));
        assertThat(e).as("the decision should have been refused").isNotNull();
        verifyNoInteractions(assignments, tasks, workflow);
        assertThat(submission.decision()).isNull();
        return e.violations();
    }
}
