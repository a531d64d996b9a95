package io.crowdflow.assignment.application;

import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentNotFoundException;
import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.assignment.domain.WorkerEligibility;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.identity.domain.Person;
import io.crowdflow.identity.domain.PersonRepository;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskWorkflow;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Giving slots of a task to workers, taking their work, and sending expired slots back. */
@Stateless
public class AssignmentService {

    /** How many open assignments a worker may hold at once. */
    static final int CAPACITY = 5;
    static final int MAX_ANSWER_CHARS = 65_536;

    @Inject
    AssignmentRepository assignments;

    @Inject
    PersonRepository people;

    @Inject
    TaskRepository tasks;

    @Inject
    AssignmentPolicy policy;

    @Inject
    TaskWorkflow workflow;

    @Inject
    Clock clock;

    /**
     * Fills one slot of the task: judges every known worker, lets the policy pick among the eligible,
     * and records the decision with its reasons on the task. Empty when no one is eligible now.
     */
    public Optional<Assignment> assignSlot(String taskId) {
        Task task = tasks.get(taskId);
        Instant now = clock.now();
        Set<String> previous = assignments.ofTask(taskId).stream().map(Assignment::workerId)
                .collect(Collectors.toSet());
        WorkerEligibility eligibility = new WorkerEligibility(task.requesterId(), task.skills(), previous,
                assignments.openCountsByWorker(), CAPACITY);
        List<WorkerEligibility.Verdict> verdicts = eligibility.judge(people.workersInTurnOrder());
        List<Person> eligible = verdicts.stream().filter(WorkerEligibility.Verdict::eligible)
                .map(WorkerEligibility.Verdict::person).toList();
        String considered = summarise(verdicts);
        Optional<AssignmentPolicy.Choice> choice = policy.choose(eligible);
        if (choice.isEmpty()) {
            if (task.lastEventType() != TaskEventType.NO_ELIGIBLE_WORKER) {
                task.record(now, TaskEventType.NO_ELIGIBLE_WORKER, null,
                        "no eligible worker; considered " + considered + "; trying again until one is");
            }
            return Optional.empty();
        }
        Person worker = choice.get().worker();
        String why = "policy " + policy.name() + ": " + choice.get().why() + "; considered " + considered;
        Assignment assignment = new Assignment(taskId, worker.id(), now, task.deadline(), why);
        assignments.add(assignment);
        worker.recordAssignment(now);
        task.record(now, TaskEventType.ASSIGNED, null, "assigned " + assignment.id() + " to worker "
                + worker.id() + " due " + assignment.dueAt() + "; " + why);
        return Optional.of(assignment);
    }

    /** The deadline of the assignment passed: it closes, and its slot goes back to assignment. */
    public void expire(String assignmentId) {
        Assignment assignment = assignments.get(assignmentId);
        if (!assignment.isOpen()) {
            return;
        }
        Instant now = clock.now();
        assignment.expire(now);
        tasks.get(assignment.taskId()).record(now, TaskEventType.ASSIGNMENT_EXPIRED, null,
                "assignment " + assignmentId + " of worker " + assignment.workerId() + " was due "
                        + assignment.dueAt() + " and had no submission; its slot goes back to assignment");
    }

    /** The assignee submits an answer; the work step of their slot completes in the same transaction. */
    public Submission submit(Caller worker, String assignmentId, String answerJson) {
        Assignment assignment = assignments.find(assignmentId)
                .filter(a -> a.belongsTo(worker.subject()))
                .orElseThrow(() -> new AssignmentNotFoundException(assignmentId));
        if (answerJson == null) {
            throw new InvalidRequestException("answer", "is required (any JSON value except null)");
        }
        if (answerJson.length() > MAX_ANSWER_CHARS) {
            throw new InvalidRequestException("answer", "at most " + MAX_ANSWER_CHARS + " characters of JSON");
        }
        Instant now = clock.now();
        Submission submission = assignment.submit(answerJson, now);
        assignments.add(submission);
        Task task = tasks.get(assignment.taskId());
        task.record(now, TaskEventType.SUBMITTED, worker.subject(),
                "submission " + submission.id() + " for assignment " + assignmentId);
        workflow.completeWork(task, worker.subject());
        return submission;
    }

    public List<OpenAssignment> openFor(Caller worker) {
        return assignments.openFor(worker.subject()).stream()
                .map(a -> new OpenAssignment(a, tasks.get(a.taskId()))).toList();
    }

    /** An open assignment with the task it belongs to, as the worker sees it. */
    public record OpenAssignment(Assignment assignment, Task task) {
    }

    /** Counts per reason, never other people's ids: the reason is shown to the worker and the requester. */
    private static String summarise(List<WorkerEligibility.Verdict> verdicts) {
        long eligible = verdicts.stream().filter(WorkerEligibility.Verdict::eligible).count();
        String excluded = verdicts.stream().filter(v -> !v.eligible())
                .collect(Collectors.groupingBy(WorkerEligibility.Verdict::exclusion, TreeMap::new,
                        Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return verdicts.size() + " workers, " + eligible + " eligible"
                + (excluded.isEmpty() ? "" : "; excluded: " + excluded);
    }
}
