package io.crowdflow.review.application;

import java.util.List;
import java.util.Optional;

import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.review.domain.AggregatedAnswer;
import io.crowdflow.review.domain.AggregatedAnswers;
import io.crowdflow.review.domain.Dispute;
import io.crowdflow.review.domain.DisputeRepository;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskNotFoundException;
import io.crowdflow.task.domain.TaskRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A task's results for its requester (or an admin): every submission with its decision and reason, and the
 * aggregated answer that automatic review stored when it reviewed the task. Nothing is aggregated on read.
 */
@Stateless
public class TaskResultsService {

    @Inject
    TaskRepository tasks;

    @Inject
    AssignmentRepository assignments;

    @Inject
    AggregatedAnswers aggregatedAnswers;

    @Inject
    DisputeRepository disputes;

    /** Anyone but the task's requester and admins is told the task does not exist, as for the task itself. */
    public TaskResults of(Caller caller, String taskId) {
        Task task = tasks.find(taskId)
                .filter(t -> t.isOwnedBy(caller.subject()) || caller.hasRole(Caller.ADMIN))
                .orElseThrow(() -> new TaskNotFoundException(taskId));
        List<Result> results = assignments.submissionsOf(taskId).stream()
                .map(s -> new Result(s, disputes.ofSubmission(s.id()).orElse(null)))
                .toList();
        return new TaskResults(task, aggregatedAnswers.ofTask(taskId), results);
    }

    /** The task, its stored aggregated answer (empty until automatic review ran) and its submissions, oldest first. */
    public record TaskResults(Task task, Optional<AggregatedAnswer> aggregated, List<Result> submissions) {
    }

    /** One submission and its dispute, if the worker filed one (null otherwise). */
    public record Result(Submission submission, Dispute dispute) {
    }
}
