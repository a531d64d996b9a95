package io.crowdflow.assignment.application;

import io.crowdflow.governance.domain.Pseudonyms;
import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentFeatures;
import io.crowdflow.assignment.domain.BanditStatistics;
import io.crowdflow.assignment.domain.Candidates;
import io.crowdflow.assignment.domain.ProcessingConsents;
import io.crowdflow.assignment.domain.ProfilingConsents;
import io.crowdflow.assignment.domain.TaskAffinities;
import io.crowdflow.assignment.domain.TaskProfile;
import io.crowdflow.assignment.domain.GoldEligibility;
import io.crowdflow.assignment.domain.GoldMixing;
import io.crowdflow.assignment.domain.GoldSupply;
import io.crowdflow.assignment.domain.TypeReputations;
import io.crowdflow.assignment.domain.WorkerRecord;
import io.crowdflow.assignment.domain.AssignmentNotFoundException;
import io.crowdflow.assignment.domain.AssignmentPolicies;
import io.crowdflow.assignment.domain.AssignmentPolicy;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.assignment.domain.WorkerEligibility;
import io.crowdflow.governance.application.ReadAccess;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.rules.access.ReadDecision;
import io.crowdflow.rules.access.ReadRequest;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** The assignment's reason column holds 2000 characters; the task event adds the id and due time. */
    static final int MAX_WHY = 1800;
    static final int LEARN_BATCH = 200;
    /** Why everyone but the worker a gold item was mixed in for is left out of its slot. */
    static final String RESERVED = "the slot is reserved for another worker (gold mixing)";
    private static final AssignmentRepository.TrackRecord NO_RECORD =
            new AssignmentRepository.TrackRecord(0, 0, 0, 0, 0, 0);

    @Inject
    ReadAccess readAccess;

    @Inject
    AssignmentRepository assignments;

    @Inject
    PersonRepository people;

    @Inject
    TaskRepository tasks;

    @Inject
    AssignmentPolicy policy;

    @Inject
    AssignmentPolicies policies;

    @Inject
    TaskWorkflow workflow;

    @Inject
    BanditStatistics statistics;

    @Inject
    ProfilingConsents consents;

    @Inject
    Clock clock;

    @Inject
    TaskAffinities affinities;

    @Inject
    TypeReputations typeReputations;

    @Inject
    GoldEligibility goldEligibility;

    @Inject
    ProcessingConsents processingConsents;

    @Inject
    GoldSupply goldSupply;

    @Inject
    AssignmentSettings settings;

    /**
     * The candidates' columns, reused from one decision to the next: a stateless bean instance serves one call at a
     * time, so this is per-call scratch space, never shared state (about 130 bytes per eligible worker, kept).
     */
    private final Candidates workspace = new Candidates(64);

    /**
     * Fills one slot of the task: judges every known worker, lets the policy pick among the eligible,
     * and records the decision with its reasons on the task. Empty when no one is eligible now.
     */
    public Optional<Assignment> assignSlot(String taskId) {
        return assignSlot(taskId, null);
    }

    /** As {@link #assignSlot(String)}, with the policy the model's assignment step names (null: the configured). */
    public Optional<Assignment> assignSlot(String taskId, String policyName) {
        AssignmentPolicy policy = policyName == null ? this.policy : policies.named(policyName);
        Task task = tasks.get(taskId);
        Instant now = clock.now();
        learnFromOutcomes(now);
        Set<String> previous = assignments.ofTask(taskId).stream().map(Assignment::workerId)
                .collect(Collectors.toSet());
        Map<String, Long> openCounts = assignments.openCountsByWorker();
        List<Person> workers = people.workersInTurnOrder();
        Map<String, String> exclusions = ruleExclusions(goldEligibility.exclusionsOf(task.type()),
                task.requiredConsents(), workers, processingConsents);
        task.reservedFor().ifPresent(reserved -> workers.stream().map(Person::id).filter(id -> !id.equals(reserved))
                .forEach(id -> exclusions.putIfAbsent(id, RESERVED)));
        WorkerEligibility eligibility = new WorkerEligibility(task.requesterId(), task.skills(), previous,
                openCounts, CAPACITY, exclusions);
        List<WorkerEligibility.Verdict> verdicts = eligibility.judge(workers);
        List<Person> eligible = verdicts.stream().filter(WorkerEligibility.Verdict::eligible)
                .map(WorkerEligibility.Verdict::person).toList();
        String considered = summarise(verdicts);
        TaskProfile profile = profileOf(task);
        Set<String> unprofiled = eligible.isEmpty() ? Set.of()
                : consents.withoutConsent(eligible.stream().map(Person::id).toList());
        Candidates candidates = candidates(profile, eligible, openCounts, unprofiled);
        Optional<AssignmentPolicy.Choice> choice = policy.choose(profile, candidates);
        if (choice.isEmpty()) {
            if (task.lastEventType() != TaskEventType.NO_ELIGIBLE_WORKER) {
                task.record(now, TaskEventType.NO_ELIGIBLE_WORKER, null,
                        "no eligible worker; considered " + considered + "; trying again until one is");
            }
            return Optional.empty();
        }
        Person worker = eligible.get(choice.get().index());
        boolean profiled = !unprofiled.contains(worker.id());
        String why = shorten((task.goldMixing() == null ? "" : "gold mixing: reserved for this worker, mixed into"
                + " assignment " + task.mixedInto() + " (" + task.goldMixing() + "); ")
                + "policy " + policy.name() + ": " + choice.get().why()
                + (profiled ? "" : "; not personalised: no consent to " + ProfilingConsents.PURPOSE)
                + "; considered " + considered, MAX_WHY);
        boolean gold = task.reviewPlan().isGold();
        double goldRate = goldRateOf(task);
        // read before the new assignment is added, so it is not counted; only when there is gold to mix in
        boolean mixing = !gold && goldRate > 0 && goldSupply.hasItems(task.requesterId(), task.type());
        AssignmentRepository.GoldCounts counts = mixing ? assignments.goldCounts(worker.id(), task.type()) : null;
        // without consent, the outcome is not learned from: no features are kept
        Assignment assignment = new Assignment(taskId, worker.id(), now, task.deadline(), why, policy.name(),
                profiled ? AssignmentFeatures.encode(choice.get().candidate().features()) : null)
                .ofTask(task.type(), gold);
        if (task.mixedInto() != null) {
            assignments.find(task.mixedInto()).ifPresent(with -> assignment.showingReason(with.shownReason()));
        }
        workspace.clear();
        assignments.add(assignment);
        worker.recordAssignment(now);
        task.record(now, TaskEventType.ASSIGNED, null, "assigned " + assignment.id() + " to worker "
                + Pseudonyms.of(worker.id()) + " due " + assignment.dueAt() + "; " + why);
        if (mixing) {
            mixInGold(task, assignment, goldRate, counts, openCounts.getOrDefault(worker.id(), 0L) + 1, now);
        }
        return Optional.of(assignment);
    }

    /**
     * Gold mixing (docs/review.md): with an assignment of an ordinary task, the worker also gets one of the task's
     * requester's gold items of the type when one is due at the task's rate (else the platform's), they have room
     * for it, and the requester has one the worker has not had and the funds for it. Each decision to mix in is
     * recorded on the ordinary task, with the rate, the counts and what came of it.
     */
    private void mixInGold(Task task, Assignment assignment, double rate, AssignmentRepository.GoldCounts counts,
                           long openNow, Instant now) {
        GoldMixing.Decision decision = new GoldMixing(rate).decide(task.type(), counts.ordinary() + 1, counts.gold());
        if (!decision.due()) {
            return;
        }
        if (openNow >= CAPACITY) {
            task.record(now, TaskEventType.GOLD_MIXED_IN, null, "gold mixing for assignment " + assignment.id()
                    + ": " + decision.why() + "; none mixed in: the worker has no room (" + CAPACITY
                    + " open assignments)");
            return;
        }
        GoldSupply.Mixed mixed = goldSupply.mixIn(task.requesterId(), task.type(), assignment.workerId(),
                assignment.id(), decision.why());
        if (mixed.goldTaskId().isPresent() || !mixed.note().startsWith(GoldSupply.NO_ITEMS)) {
            task.record(now, TaskEventType.GOLD_MIXED_IN, null, shorten("gold mixing for assignment "
                    + assignment.id() + ": " + decision.why() + "; " + mixed.note(), MAX_WHY));
        }
    }

    /** The task's gold rate, else the platform's (0: no gold mixing). */
    private double goldRateOf(Task task) {
        return task.reviewPlan().goldRate() == null ? settings.goldRate() : task.reviewPlan().goldRate().doubleValue();
    }

    /**
     * Feeds the outcomes decided since the last call to the learning policy's statistics: accepted
     * work is reward 1, rejected work and expiry 0. Each outcome is claimed once across all nodes.
     * It runs before each assignment decision, so the policy never decides on stale outcomes; the
     * review context needs no change for it. Returns how many outcomes were learned.
     */
    public int learnFromOutcomes(Instant now) {
        int learned = 0;
        for (AssignmentRepository.Outcome outcome : assignments.unlearnedOutcomes(LEARN_BATCH)) {
            if (assignments.claimOutcome(outcome.assignmentId(), now)) {
                double[] x = AssignmentFeatures.decode(outcome.features());
                if (x.length == AssignmentFeatures.DIMENSION) {
                    statistics.record(outcome.taskType().toLowerCase(Locale.ROOT), outcome.workerId(), x,
                            outcome.reward());
                    learned++;
                }
            }
        }
        return learned;
    }

    static TaskProfile profileOf(Task task) {
        return new TaskProfile(task.type(), task.skills(), TaskProfile.difficultyFromRedundancy(task.redundancy()),
                task.reward().amount().doubleValue());
    }

    /**
     * Who the rules exclude from this task, with why: low accuracy on the type's gold questions, and no consent
     * to a purpose governance found the task's content needs (e.g. personal-data-processing).
     */
    static Map<String, String> ruleExclusions(Map<String, String> goldExclusions, Set<String> requiredConsents,
                                              List<Person> workers, ProcessingConsents consents) {
        Map<String, String> exclusions = new HashMap<>(goldExclusions);
        List<String> ids = workers.stream().map(Person::id).toList();
        for (String purpose : requiredConsents) {
            for (String id : consents.withoutConsent(purpose, ids)) {
                exclusions.putIfAbsent(id, "has not consented to " + purpose + ", which this task's content needs");
            }
        }
        return exclusions;
    }

    private Candidates candidates(TaskProfile profile, List<Person> eligible, Map<String, Long> openCounts,
                                  Set<String> unprofiled) {
        workspace.clear();
        if (eligible.isEmpty()) {
            return workspace;
        }
        // only profiled workers are seen with their track record (recordOf): nobody else's is read
        List<String> withRecords = eligible.stream().map(Person::id).filter(id -> !unprofiled.contains(id)).toList();
        Map<String, AssignmentRepository.TrackRecord> records = withRecords.isEmpty() ? Map.of()
                : assignments.trackRecords(profile.type(), withRecords);
        Map<String, Double> estimated = typeReputations.ofType(profile.type());
        for (Person person : eligible) {
            boolean profiled = !unprofiled.contains(person.id());
            double affinity = profiled ? affinities.of(person.id(), profile.type(), true).score() : 0;
            WorkerRecord record = recordOf(person, records.getOrDefault(person.id(), NO_RECORD),
                    openCounts.getOrDefault(person.id(), 0L).intValue(), profiled, affinity,
                    estimated.getOrDefault(person.id(), Double.NaN));
            workspace.add(person.id(), person.lastAssignedAt(), profile, record, CAPACITY, profiled);
        }
        return workspace;
    }

    /**
     * The worker's track record as the policy sees it. Without consent to profiling, only what is not
     * a profile counts: their declared skills and their open assignments; reputation, timeliness and
     * affinity are those of a newcomer. The affinity is the recommender's estimate for the task's type.
     */
    static WorkerRecord recordOf(Person person, AssignmentRepository.TrackRecord r, int open, boolean profiled,
                                 double affinity) {
        return recordOf(person, r, open, profiled, affinity, Double.NaN);
    }

    /** As above, with review's estimated reputation on the task's type (NaN: none yet). */
    static WorkerRecord recordOf(Person person, AssignmentRepository.TrackRecord r, int open, boolean profiled,
                                 double affinity, double estimatedAccuracyOfType) {
        if (!profiled) {
            return WorkerRecord.newcomer(person.id(), person.skills(), open, person.lastAssignedAt());
        }
        return new WorkerRecord(person.id(), person.skills(), r.accepted(), r.decided(), r.acceptedOfType(),
                r.decidedOfType(), r.onTime(), r.closed(), open, affinity, person.lastAssignedAt(),
                estimatedAccuracyOfType);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
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
                "assignment " + assignmentId + " of worker " + Pseudonyms.of(assignment.workerId()) + " was due "
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

    /** A submission made earlier (the answer to a retried submission with its Idempotency-Key). */
    public Submission submission(String submissionId) {
        return assignments.findSubmission(submissionId)
                .orElseThrow(() -> new IllegalStateException("no submission " + submissionId));
    }

    /** The worker's open assignments with their tasks' content, as the read-access rules allow. */
    public List<OpenAssignment> openFor(Caller worker) {
        List<OpenAssignment> open = assignments.openFor(worker.subject()).stream()
                .map(a -> new OpenAssignment(a, tasks.get(a.taskId()))).toList();
        List<ReadDecision> decisions = readAccess.decide(worker, open.stream().map(o -> ReadRequest.assignment(
                o.assignment().id(), o.task().id(), ReadAccess.classOf(o.task().dataClass()), o.task().requesterId(),
                o.assignment().workerId())).toList());
        List<OpenAssignment> readable = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            if (decisions.get(i).isAllowed()) {
                readable.add(open.get(i));
            }
        }
        return readable;
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
