package io.crowdflow.task.application;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.AssignmentStatus;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.payment.application.PaymentService;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskDraft;
import io.crowdflow.task.domain.TaskEvent;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskNotCancellableException;
import io.crowdflow.task.domain.TaskNotFoundException;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskStatus;
import io.crowdflow.task.domain.TaskWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class TaskCancellationServiceTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final Caller REQUESTER = new Caller("requester-1", "requester", Set.of(Caller.REQUESTER));

    @Mock
    TaskRepository tasks;
    @Mock
    AssignmentRepository assignments;
    @Mock
    TaskWorkflow workflow;
    @Mock
    PaymentService payments;

    private final TaskCancellationService service = new TaskCancellationService();
    private Task task;

    @BeforeEach
    void wire() {
        service.tasks = tasks;
        service.assignments = assignments;
        service.workflow = workflow;
        service.payments = payments;
        service.clock = () -> NOW;
        task = new Task(REQUESTER.subject(), TaskDraft.from(new TaskDraft.Raw("Label", null, "labeling", "0.50", "USD",
                2, "PT1H", List.of(), null)), null, NOW);
        task.open(NOW, "escrow");
        lenient().when(tasks.find(task.id())).thenReturn(Optional.of(task));
    }

    @Test
    void anOpenTaskWithoutWorkIsCancelledItsAssignmentsWithdrawnItsLifecycleEndedAndItsEscrowRefunded() {
        Assignment open = new Assignment(task.id(), "worker-1", NOW, Duration.ofHours(1), "turn");
        Assignment expired = new Assignment(task.id(), "worker-2", NOW, Duration.ofHours(1), "turn");
        expired.expire(NOW);
        when(assignments.submissionsOf(task.id())).thenReturn(List.of());
        when(assignments.ofTask(task.id())).thenReturn(List.of(open, expired));

        service.cancel(REQUESTER, task.id(), " budget cut ");

        assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(open.status()).isEqualTo(AssignmentStatus.WITHDRAWN);
        assertThat(expired.status()).isEqualTo(AssignmentStatus.EXPIRED);
        assertThat(task.events()).extracting(TaskEvent::type).endsWith(TaskEventType.CANCELLED,
                TaskEventType.ASSIGNMENT_WITHDRAWN);
        assertThat(task.events().stream().filter(e -> e.type() == TaskEventType.CANCELLED).findFirst().orElseThrow()
                .reason()).isEqualTo("cancelled by the requester: budget cut");
        verify(workflow).cancel(task, "cancelled by the requester");
        verify(payments).refundCancelled(task.id());
    }

    @Test
    void aTaskWithSubmittedWorkIsNotCancellableAndNothingChanges() {
        Assignment done = new Assignment(task.id(), "worker-1", NOW, Duration.ofHours(1), "turn");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(done.submit("{}", NOW)));

        assertThatThrownBy(() -> service.cancel(REQUESTER, task.id(), "budget cut"))
                .isInstanceOfSatisfying(TaskNotCancellableException.class,
                        e -> assertThat(e.problemSlug()).isEqualTo("task-not-cancellable"));

        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        verify(workflow, never()).cancel(any(), any());
        verify(payments, never()).refundCancelled(any());
    }

    @Test
    void aTaskPastTheOpenStageIsNotCancellable() {
        task.startReview(NOW, "review");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of());

        assertThatThrownBy(() -> service.cancel(REQUESTER, task.id(), "budget cut"))
                .isInstanceOf(TaskNotCancellableException.class);
        verify(payments, never()).refundCancelled(any());
    }

    @Test
    void anotherRequestersTaskIsNotFoundAndAReasonIsRequired() {
        Caller stranger = new Caller("requester-2", "r2", Set.of(Caller.REQUESTER));

        assertThatThrownBy(() -> service.cancel(stranger, task.id(), "mine now"))
                .isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> service.cancel(REQUESTER, task.id(), "  "))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
    }
}
