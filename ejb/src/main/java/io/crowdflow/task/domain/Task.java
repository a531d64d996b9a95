package io.crowdflow.task.domain;

import io.crowdflow.identity.domain.Person;
import io.crowdflow.shared.domain.Money;
import jakarta.persistence.CascadeType;
import io.crowdflow.privacy.domain.crypto.PersonalText;
import io.crowdflow.privacy.infrastructure.jpa.PersonalTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A crowd task: what the requester asked for, its reward and redundancy, where it is in its life, and
 * the history of what happened to it and why. Its life itself runs as a BPMN process instance whose
 * business key is this task's id.
 */
@Entity
@DynamicUpdate // changed columns only: unchanged personal text is not encrypted and written again
@Table(name = "cf_task")
public class Task {

    @Id
    private String id;

    @Column(name = "requester_id", nullable = false)
    private String requesterId;

    private String title;

    /** Content the requester wrote: encrypted with the requester's data key, like {@code input}. */
    @Convert(converter = PersonalTextConverter.class)
    private PersonalText instructions;

    @Column(name = "task_type", nullable = false)
    private String type;

    @Column(name = "reward_amount", nullable = false)
    private BigDecimal rewardAmount;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private int redundancy;

    @Column(nullable = false)
    private String deadline;

    /** The requester's review preferences (docs/review.md); null columns: the platform's defaults. */
    @Column(name = "aggregation")
    private String aggregation;

    @Column(name = "target_confidence")
    private BigDecimal targetConfidence;

    /** Most assignments dynamic overlap may make; null (tasks posted before it existed): the redundancy. */
    @Column(name = "max_assignments")
    private Integer maxAssignments;

    /** The known answer when the task is a gold question (a control item), else null. Never shown to workers. */
    @Column(name = "gold_answer")
    private String goldAnswer;

    /** Gold items per assignment mixed into this task's assignments (docs/review.md); null: the platform's setting. */
    @Column(name = "gold_rate")
    private BigDecimal goldRate;

    /** A task made from a gold item for gold mixing: the item, else null. */
    @Column(name = "gold_item_id", updatable = false)
    private String goldItemId;

    /** The one worker a task made by gold mixing may be assigned to, else null. */
    @Column(name = "reserved_for", updatable = false)
    private String reservedFor;

    /** The assignment a task made by gold mixing was mixed into, else null. */
    @Column(name = "mixed_into", updatable = false)
    private String mixedInto;

    /** Why gold mixing made this task: the rate and the worker's counts. Never shown to the worker. */
    @Column(name = "gold_mixing", updatable = false)
    private String goldMixing;

    @Column(nullable = false)
    private String skills;

    @Column(name = "input_json")
    @Convert(converter = PersonalTextConverter.class)
    private PersonalText input;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    @Column(name = "data_class")
    private String dataClass;

    /** The consent purposes a worker must have granted to work on it, as governance decided; comma-joined. */
    @Column(name = "required_consents")
    private String requiredConsents;

    /** Where the task's data belongs, for retention (the table's Region column); null: no region. */
    @Column
    private String region;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_hash")
    private String requestHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "task", cascade = CascadeType.PERSIST)
    // ids come in blocks per node (SequenceIdsMigration): time first, the id orders one transaction's events
    @OrderBy("occurredAt, id")
    private List<TaskEvent> events = new ArrayList<>();

    protected Task() {
    }

    public Task(String requesterId, TaskDraft draft, IdempotencyKey key, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.requesterId = Objects.requireNonNull(requesterId);
        this.title = draft.title();
        this.instructions = PersonalText.of(requesterId, draft.instructions());
        this.type = draft.type();
        this.rewardAmount = draft.reward().amount();
        this.currency = draft.reward().currency();
        this.redundancy = draft.redundancy();
        this.deadline = draft.deadline().toString();
        this.aggregation = draft.review().aggregation();
        this.targetConfidence = draft.review().targetConfidence();
        this.maxAssignments = draft.review().maxAssignments();
        this.goldAnswer = draft.review().goldAnswer();
        this.goldRate = draft.review().goldRate();
        this.region = draft.region();
        this.skills = Person.joinSkills(draft.skills());
        this.input = PersonalText.of(requesterId, draft.inputJson());
        this.status = TaskStatus.POSTED;
        this.createdAt = now;
        if (key != null) {
            this.idempotencyKey = key.value();
            this.requestHash = key.requestHash();
        }
        record(now, TaskEventType.POSTED, requesterId, "posted by the requester through the API");
    }

    /**
     * Gold mixing: a task made from the requester's gold item {@code goldItemId} for one worker, alongside their
     * assignment {@code mixedInto} of an ordinary task; {@code why} names the rate and the counts behind it.
     * To the worker it is ordinary work; its known answer decides it.
     */
    public static Task mixedGold(String requesterId, TaskDraft draft, String goldItemId, String workerId,
                                 String mixedInto, String why, Instant now) {
        if (!draft.review().isGold() || draft.redundancy() != 1) {
            throw new IllegalArgumentException("a task made by gold mixing has a known answer and one slot");
        }
        Task task = new Task(requesterId, draft, null, now);
        task.goldItemId = Objects.requireNonNull(goldItemId);
        task.reservedFor = Objects.requireNonNull(workerId);
        task.mixedInto = Objects.requireNonNull(mixedInto);
        task.goldMixing = why.length() <= 500 ? why : why.substring(0, 499) + "\u2026";
        task.events.clear();
        task.record(now, TaskEventType.POSTED, null, "made from gold item " + goldItemId + " by gold mixing: " + why);
        return task;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void approveByGovernance(String dataClass, Instant at, String reason) {
        approveByGovernance(dataClass, Set.of(), at, reason);
    }

    /** @param requiredConsents purposes a worker must have granted to be assigned this task */
    public void approveByGovernance(String dataClass, Set<String> requiredConsents, Instant at, String reason) {
        requireStatus(TaskStatus.POSTED);
        this.dataClass = dataClass;
        this.requiredConsents = requiredConsents.isEmpty() ? null : String.join(",", new TreeSet<>(requiredConsents));
        record(at, TaskEventType.GOVERNANCE_APPROVED, null, reason);
    }

    public void rejectByGovernance(String dataClass, Instant at, String reason) {
        requireStatus(TaskStatus.POSTED);
        this.dataClass = dataClass;
        this.status = TaskStatus.REJECTED;
        record(at, TaskEventType.GOVERNANCE_REJECTED, null, reason);
    }

    public void open(Instant at, String reason) {
        requireStatus(TaskStatus.POSTED);
        this.status = TaskStatus.OPEN;
        record(at, TaskEventType.ESCROW_HELD, null, reason);
    }

    public void startReview(Instant at, String reason) {
        requireStatus(TaskStatus.OPEN);
        this.status = TaskStatus.IN_REVIEW;
        record(at, TaskEventType.REVIEW_OPENED, null, reason);
    }

    /**
     * Dynamic overlap: the aggregated answer is not confident enough, so the task takes one more assignment
     * and goes back to work; its review opens again when that work is in.
     */
    public void reopenForExtraAssignment(Instant at, String reason) {
        requireStatus(TaskStatus.IN_REVIEW);
        if (assignmentsAllowed() <= redundancy) {
            throw new IllegalStateException("task " + id + " allows no extra assignment");
        }
        this.status = TaskStatus.OPEN;
        record(at, TaskEventType.EXTRA_ASSIGNMENT_OPENED, null, reason);
    }

    /** The requester cancels the task: only while it is open and no work was submitted. */
    public void cancel(Instant at, String actor, String reason) {
        if (status != TaskStatus.OPEN) {
            throw new TaskNotCancellableException(id, "it is " + status.name().toLowerCase()
                    + "; only an open task can be cancelled");
        }
        this.status = TaskStatus.CANCELLED;
        record(at, TaskEventType.CANCELLED, actor, reason);
    }

    public void settle() {
        requireStatus(TaskStatus.IN_REVIEW);
        this.status = TaskStatus.SETTLED;
    }

    /** Removes the content from the working table; the archive keeps it, pseudonymised. */
    public void archive(Instant at, String reason) {
        requireStatus(TaskStatus.SETTLED);
        this.status = TaskStatus.ARCHIVED;
        this.instructions = null;
        this.input = null;
        record(at, TaskEventType.ARCHIVED, null, reason);
    }

    /**
     * Deletes what is left of the content (title, instructions, input) at the end of retention. Works on settled
     * content (purged without archiving) and on archived content (the archive copy is deleted separately).
     */
    public void purge(Instant at, String reason) {
        if (status != TaskStatus.SETTLED && status != TaskStatus.ARCHIVED) {
            throw new IllegalStateException("task " + id + " is " + status + ", expected SETTLED or ARCHIVED");
        }
        this.status = TaskStatus.PURGED;
        this.title = null;
        this.instructions = null;
        this.input = null;
        record(at, TaskEventType.PURGED, null, reason);
    }

    public TaskEvent record(Instant at, TaskEventType type, String actor, String reason) {
        TaskEvent event = new TaskEvent(this, at, type, actor, reason);
        events.add(event);
        return event;
    }

    /** The type of the latest event, or null for a task with no history yet. */
    public TaskEventType lastEventType() {
        return events.isEmpty() ? null : events.get(events.size() - 1).type();
    }

    public boolean isOwnedBy(String personId) {
        return requesterId.equals(personId);
    }

    /** The same request (by hash) under the same key: a replay, answered with the task it made. */
    public boolean isReplayOf(IdempotencyKey key) {
        return key != null && key.value().equals(idempotencyKey) && key.requestHash().equals(requestHash);
    }

    private void requireStatus(TaskStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("task " + id + " is " + status + ", expected " + expected);
        }
    }

    public String id() {
        return id;
    }

    public String requesterId() {
        return requesterId;
    }

    public String title() {
        return title;
    }

    public String instructions() {
        return PersonalText.textOf(instructions);
    }

    public String type() {
        return type;
    }

    public Money reward() {
        return new Money(rewardAmount, currency);
    }

    public int redundancy() {
        return redundancy;
    }

    public Duration deadline() {
        return Duration.parse(deadline);
    }

    /** The review preferences the requester gave (defaults where they gave none). */
    public ReviewPlan reviewPlan() {
        return new ReviewPlan(aggregation, targetConfidence, assignmentsAllowed(), goldAnswer, goldRate);
    }

    /** The gold item this task was made from by gold mixing, if it was. */
    public java.util.Optional<String> goldItemId() {
        return java.util.Optional.ofNullable(goldItemId);
    }

    /** The one worker a task made by gold mixing is reserved for; empty for every other task. */
    public java.util.Optional<String> reservedFor() {
        return java.util.Optional.ofNullable(reservedFor);
    }

    /** The assignment this task was mixed into (gold mixing), else null. */
    public String mixedInto() {
        return mixedInto;
    }

    /** Why gold mixing made this task, else null. */
    public String goldMixing() {
        return goldMixing;
    }

    /** The most assignments that may produce a submission (redundancy plus dynamic overlap). */
    public int assignmentsAllowed() {
        return maxAssignments == null ? redundancy : Math.max(maxAssignments, redundancy);
    }

    /** Slots paid into escrow when the task opened: {@link #assignmentsAllowed()}. */
    public int escrowedSlots() {
        return assignmentsAllowed();
    }

    public List<String> skills() {
        return Person.splitSkills(skills);
    }

    public String inputJson() {
        return PersonalText.textOf(input);
    }

    public TaskStatus status() {
        return status;
    }

    public String dataClass() {
        return dataClass;
    }

    public String region() {
        return region;
    }

    /** The consent purposes a worker must have granted to be assigned this task; empty when none. */
    public Set<String> requiredConsents() {
        return requiredConsents == null ? Set.of() : new TreeSet<>(List.of(requiredConsents.split(",")));
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<TaskEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
