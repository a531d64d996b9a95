package io.crowdflow.task.application;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.governance.domain.Pseudonyms;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.payment.application.PaymentService;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskNotCancellableException;
import io.crowdflow.task.domain.TaskNotFoundException;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskWorkflow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * A requester cancels their task before any work was submitted, in one transaction: the open assignments are
 * withdrawn, the lifecycle ends, the escrow goes back in full, and the task's history says why.
 */
@Stateless
public class TaskCancellationService {

    static final int MAX_REASON = 2000;

    @Inject
    TaskRepository tasks;

    @Inject
    AssignmentRepository assignments;

    @Inject
    TaskWorkflow workflow;

    @Inject
    PaymentService payments;

    @Inject
    Clock clock;

    public Task cancel(Caller requester, String taskId, String reason) {
        Task task = tasks.find(taskId).filter(t -> t.isOwnedBy(requester.subject()))
                .orElseThrow(() -> new TaskNotFoundException(taskId));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "is required: why the task is cancelled, at most "
                    + MAX_REASON + " characters");
        }
        if (!assignments.submissionsOf(taskId).isEmpty()) {
            throw new TaskNotCancellableException(taskId, "work was submitted to it");
        }
        Instant now = clock.now();
        task.cancel(now, requester.subject(), "cancelled by the requester: " + why);
        for (Assignment assignment : assignments.ofTask(taskId)) {
            if (assignment.isOpen()) {
                assignment.withdraw(now);
                task.record(now, TaskEventType.ASSIGNMENT_WITHDRAWN, null, "assignment " + assignment.id()
                        + " of worker " + Pseudonyms.of(assignment.workerId()) + " withdrawn: the task was cancelled");
            }
        }
        workflow.cancel(task, "cancelled by the requester");
        payments.refundCancelled(taskId);
        task.events().size(); // the answer shows the history, after the transaction
        return task;
    }

    /** A task cancelled earlier (the answer to a retried cancellation with its Idempotency-Key). */
    public Task cancelled(String taskId) {
        Task task = tasks.get(taskId);
        task.events().size();
        return task;
    }
}
