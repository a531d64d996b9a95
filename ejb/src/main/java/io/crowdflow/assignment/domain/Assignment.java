package io.crowdflow.assignment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One slot of a task given to one worker, with the time it is due and why that worker got it. */
@Entity
@Table(name = "cf_assignment")
public class Assignment {

    @Id
    private String id;

    @Column(name = "task_id", nullable = false)
    private String taskId;

    @Column(name = "worker_id", nullable = false)
    private String workerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentStatus status;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(nullable = false)
    private String reason;

    /** The policy that chose the worker (name/version); null for assignments made before V3. */
    @Column(updatable = false)
    private String policy;

    /** The chosen worker's feature vector ({@code AssignmentFeatures.encode}), learned from once the outcome is known. */
    @Column(updatable = false)
    private String features;

    /**
     * When the outcome was learned from; written only at insert (an assignment without a feature vector has nothing
     * to learn and is born learned, so the look-up of unlearned outcomes never walks it) and afterwards only by the
     * claim's {@code update … where learned_at is null}: Hibernate never writes it back.
     */
    @Column(name = "learned_at", updatable = false)
    private Instant learnedAt;

    /**
     * What the worker is shown as the reason when it is not {@code reason}: an assignment made by gold mixing shows
     * the reason of the assignment it was mixed into, so the worker cannot tell a gold item from ordinary work.
     */
    @Column(name = "shown_reason", updatable = false)
    private String shownReason;

    /** The task's type, kept with the assignment for the worker's gold counts (V22); null only in old tests. */
    @Column(name = "task_type", updatable = false)
    private String taskType;

    /** Whether the task is a gold copy (V22). */
    @Column(updatable = false)
    private Boolean gold;

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(String taskId, String workerId, Instant now, Duration deadline, String reason) {
        this.id = UUID.randomUUID().toString();
        this.taskId = taskId;
        this.workerId = workerId;
        this.status = AssignmentStatus.ASSIGNED;
        this.assignedAt = now;
        this.dueAt = now.plus(deadline);
        this.reason = reason;
        this.learnedAt = now; // nothing to learn until a feature vector is given
    }

    public Assignment(String taskId, String workerId, Instant now, Duration deadline, String reason, String policy,
                      String features) {
        this(taskId, workerId, now, deadline, reason);
        this.policy = policy;
        this.features = features;
        this.learnedAt = features == null ? now : null;
    }

    /** Keeps the task's type and whether it is a gold copy, for the worker's gold counts; before it is stored. */
    public Assignment ofTask(String type, boolean goldCopy) {
        this.taskType = type;
        this.gold = goldCopy;
        return this;
    }

    public String taskType() {
        return taskType;
    }

    public boolean isGold() {
        return Boolean.TRUE.equals(gold);
    }

    /** Whether the outcome still waits to be learned from: it has a feature vector and was not learned at insert. */
    public boolean awaitsLearning() {
        return learnedAt == null;
    }

    /** Gold mixing: the worker is shown {@code shownReason}; {@link #reason()} keeps the whole record. */
    public Assignment showingReason(String shownReason) {
        this.shownReason = shownReason;
        return this;
    }

    public boolean isOpen() {
        return status == AssignmentStatus.ASSIGNED;
    }

    public boolean belongsTo(String personId) {
        return workerId.equals(personId);
    }

    public Submission submit(String answerJson, Instant now) {
        if (!isOpen()) {
            throw new AssignmentNotOpenException(id, status);
        }
        if (now.isAfter(dueAt)) {
            throw new AssignmentDeadlinePassedException(id, dueAt);
        }
        this.status = AssignmentStatus.SUBMITTED;
        this.closedAt = now;
        return new Submission(this, answerJson, now);
    }

    /** The deadline passed; the caller (the deadline timer) decides that, not the wall clock here. */
    public void expire(Instant now) {
        if (!isOpen()) {
            throw new AssignmentNotOpenException(id, status);
        }
        this.status = AssignmentStatus.EXPIRED;
        this.closedAt = now;
    }

    /** The task was cancelled: the open assignment is taken back. */
    public void withdraw(Instant now) {
        if (!isOpen()) {
            throw new AssignmentNotOpenException(id, status);
        }
        this.status = AssignmentStatus.WITHDRAWN;
        this.closedAt = now;
    }

    public String id() {
        return id;
    }

    public String taskId() {
        return taskId;
    }

    public String workerId() {
        return workerId;
    }

    public AssignmentStatus status() {
        return status;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String reason() {
        return reason;
    }

    /** The reason as the worker sees it (docs/review.md, gold mixing). */
    public String shownReason() {
        return shownReason == null ? reason : shownReason;
    }

    public String policy() {
        return policy;
    }

    public String features() {
        return features;
    }
}
