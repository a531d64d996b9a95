package io.crowdflow.task.application;

import io.crowdflow.governance.application.ReadAccess;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.access.ReadDecision;
import io.crowdflow.rules.access.ReadRequest;
import io.crowdflow.payment.application.PaymentService;
import io.crowdflow.shared.application.PlatformSettings;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.task.domain.IdempotencyKey;
import io.crowdflow.task.domain.IdempotencyKeyReusedException;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskDraft;
import io.crowdflow.task.domain.TaskNotFoundException;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskWorkflow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * Posting and reading tasks. Posting starts the task's lifecycle in the same transaction: the
 * governance check and escrow run before the call returns, so a refusal (insufficient funds) leaves
 * nothing behind.
 */
@Stateless
public class TaskService {

    @Inject
    TaskRepository tasks;

    @Inject
    TaskWorkflow workflow;

    @Inject
    PlatformSettings settings;

    @Inject
    PaymentService payments;

    @Inject
    Clock clock;

    @Inject
    ReadAccess readAccess;

    /** Posts a new task; with a key already used for the same request, answers the task it made. */
    public PostedTask post(Caller requester, TaskDraft draft, IdempotencyKey key) {
        Optional<PostedTask> replay = replayOf(requester, key);
        if (replay.isPresent()) {
            return replay.get();
        }
        payments.requireFundsFor(requester.subject(), draft.reward(), draft.escrowedSlots());
        Task task = new Task(requester.subject(), draft, key, clock.now());
        tasks.add(task);
        task.startedAs(workflow.start(task, settings.assignmentRetryInterval()));
        return new PostedTask(task, false);
    }

    /** The task an earlier request with this key made, if any; refuses a key reused for another request. */
    public Optional<PostedTask> replayOf(Caller requester, IdempotencyKey key) {
        if (key == null) {
            return Optional.empty();
        }
        return tasks.findByIdempotencyKey(requester.subject(), key.value()).map(existing -> {
            if (!existing.isReplayOf(key)) {
                throw new IdempotencyKeyReusedException(key.value());
            }
            return new PostedTask(existing, true);
        });
    }

    /**
     * The task with its history, as the read-access rules allow: in full, or without its content; anyone the
     * rules deny is told it does not exist.
     */
    public TaskRead read(Caller caller, String taskId) {
        Task task = tasks.find(taskId).orElseThrow(() -> new TaskNotFoundException(taskId));
        ReadDecision decision = readAccess.decide(caller,
                ReadRequest.task(task.id(), ReadAccess.classOf(task.dataClass()), task.requesterId()));
        if (!decision.isAllowed()) {
            throw new TaskNotFoundException(taskId);
        }
        task.events().size();
        return new TaskRead(task, decision.isRedacted());
    }

    /** A task as read: {@code contentRedacted} when its title, instructions, input and gold answer must not be shown. */
    public record TaskRead(Task task, boolean contentRedacted) {
    }

    public List<Task> mine(Caller requester) {
        return tasks.ownedBy(requester.subject());
    }

    /** A posted task, and whether it was made by an earlier request with the same idempotency key. */
    public record PostedTask(Task task, boolean replayed) {
    }
}
