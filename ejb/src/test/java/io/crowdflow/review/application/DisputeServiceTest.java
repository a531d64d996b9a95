package io.crowdflow.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.domain.Dispute;
import io.crowdflow.review.domain.DisputeAlreadyDecidedException;
import io.crowdflow.review.domain.DisputeNotPossibleException;
import io.crowdflow.review.domain.DisputeRepository;
import io.crowdflow.review.domain.DisputeWorkflow;
import io.crowdflow.review.domain.DisputedSubmissionNotFoundException;
import io.crowdflow.review.domain.FourEyesViolationException;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskDraft;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class DisputeServiceTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final Caller WORKER = new Caller("worker-1", "wanda", Set.of(Caller.WORKER));
    static final Caller FIRST_REVIEWER = new Caller("reviewer-1", "rita", Set.of(Caller.REVIEWER));
    static final Caller SECOND_REVIEWER = new Caller("reviewer-2", "rob", Set.of(Caller.REVIEWER));

    @Mock
    AssignmentRepository assignments;
    @Mock
    TaskRepository tasks;
    @Mock
    DisputeRepository disputes;
    @Mock
    DisputeWorkflow workflow;
    @Mock
    Clock clock;

    private final DisputeService service = new DisputeService();
    private Task task;
    private Submission submission;

    @BeforeEach
    void wire() {
        service.assignments = assignments;
        service.tasks = tasks;
        service.disputes = disputes;
        service.workflow = workflow;
        service.clock = clock;
        task = new Task("requester-1", TaskDraft.from(new TaskDraft.Raw("Label", null, "labeling", "0.50", "USD",
                1, "PT1H", List.of(), null)), null, NOW);
        submission = new Assignment(task.id(), "worker-1", NOW, Duration.ofHours(1), "turn").submit("\"dog\"", NOW);
        lenient().when(clock.now()).thenReturn(NOW.plusSeconds(300));
        lenient().when(tasks.get(task.id())).thenReturn(task);
        lenient().when(assignments.findSubmission(submission.id())).thenReturn(Optional.of(submission));
        lenient().when(disputes.ofSubmission(submission.id())).thenReturn(Optional.empty());
        lenient().when(workflow.windowOpen(task, submission.id())).thenReturn(true);
    }

    @Test
    void theRejectedWorkerDisputesWithinTheWindow() {
        submission.decide(Submission.Decision.REJECT, "reviewer-1", "wrong", NOW);

        Dispute dispute = service.file(WORKER, submission.id(), "  it is a dog  ");

        assertThat(dispute.reason()).isEqualTo("it is a dog");
        assertThat(dispute.rejectedBy()).isEqualTo("reviewer-1");
        verify(disputes).add(dispute);
        verify(workflow).disputeFiled(task, submission.id());
        assertThat(task.lastEventType()).isEqualTo(TaskEventType.DISPUTE_FILED);
        assertThat(task.events().get(task.events().size() - 1).reason()).doesNotContain("it is a dog");
    }

    @Test
    void aDisputeIsRefusedForSomeoneElsesAnAcceptedAnAlreadyDisputedOrAClosedWindowsSubmission() {
        Caller other = new Caller("worker-2", "walt", Set.of(Caller.WORKER));
        assertThatThrownBy(() -> service.file(other, submission.id(), "why"))
                .isInstanceOf(DisputedSubmissionNotFoundException.class);
        assertThatThrownBy(() -> service.file(WORKER, submission.id(), "why"))
                .isInstanceOf(DisputeNotPossibleException.class).hasMessageContaining("not rejected");

        submission.decide(Submission.Decision.REJECT, null, "decided automatically", NOW);
        when(disputes.ofSubmission(submission.id())).thenReturn(Optional.of(new Dispute(submission, "x", NOW)));
        assertThatThrownBy(() -> service.file(WORKER, submission.id(), "why"))
                .isInstanceOf(DisputeNotPossibleException.class).hasMessageContaining("once");

        when(disputes.ofSubmission(submission.id())).thenReturn(Optional.empty());
        when(workflow.windowOpen(task, submission.id())).thenReturn(false);
        assertThatThrownBy(() -> service.file(WORKER, submission.id(), "why"))
                .isInstanceOf(DisputeNotPossibleException.class).hasMessageContaining("window has closed");
        assertThatThrownBy(() -> service.file(WORKER, submission.id(), " "))
                .isInstanceOf(InvalidRequestException.class);
        verify(disputes, never()).add(any());
    }

    @Test
    void onlyAnotherReviewerDecidesAndAnUpheldDisputeAcceptsTheWork() {
        submission.decide(Submission.Decision.REJECT, "reviewer-1", "wrong", NOW);
        Dispute dispute = new Dispute(submission, "it is a dog", NOW);
        when(disputes.find(dispute.id())).thenReturn(Optional.of(dispute));

        assertThatThrownBy(() -> service.decide(FIRST_REVIEWER, dispute.id(), "accept", "ok"))
                .isInstanceOf(FourEyesViolationException.class).hasMessageContaining("rejecting reviewer");
        Dispute decided = service.decide(SECOND_REVIEWER, dispute.id(), "accept", "a dog indeed");

        assertThat(decided.decision()).isEqualTo(Dispute.Outcome.UPHELD);
        assertThat(submission.isAccepted()).isTrue();
        assertThat(submission.reviewerId()).isEqualTo("reviewer-2");
        assertThat(task.lastEventType()).isEqualTo(TaskEventType.DISPUTE_UPHELD);
        verify(workflow).disputeDecided(task, submission.id());
        assertThatThrownBy(() -> service.decide(SECOND_REVIEWER, dispute.id(), "reject", "no"))
                .isInstanceOf(DisputeAlreadyDecidedException.class);
    }

    @Test
    void aDismissedDisputeLeavesTheRejectionAndEveryDecisionNeedsAReason() {
        submission.decide(Submission.Decision.REJECT, null, "decided automatically", NOW);
        Dispute dispute = new Dispute(submission, "it is a dog", NOW);
        lenient().when(disputes.find(dispute.id())).thenReturn(Optional.of(dispute));

        assertThatThrownBy(() -> service.decide(FIRST_REVIEWER, dispute.id(), "accept", null))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> service.decide(FIRST_REVIEWER, dispute.id(), "maybe", "x"))
                .isInstanceOf(InvalidRequestException.class);
        service.decide(FIRST_REVIEWER, dispute.id(), "Reject", "a cat");

        assertThat(submission.decision()).isEqualTo(Submission.Decision.REJECT);
        assertThat(task.lastEventType()).isEqualTo(TaskEventType.DISPUTE_DISMISSED);
    }
}
