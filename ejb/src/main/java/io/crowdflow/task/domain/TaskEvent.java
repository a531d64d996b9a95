package io.crowdflow.task.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of a task's history: what happened, when, who or what did it, and why. */
@Entity
@Table(name = "cf_task_event")
public class TaskEvent {

    static final int MAX_REASON = 2000;

    @Id
    // from a sequence, 50 at a time, so a transaction's rows go in one batch (SequenceIdsMigration)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_event_ids")
    @SequenceGenerator(name = "task_event_ids", sequenceName = "cf_task_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private TaskEventType type;

    /** The person who acted, or null when the platform decided. */
    private String actor;

    @Column(nullable = false)
    private String reason;

    protected TaskEvent() {
    }

    TaskEvent(Task task, Instant occurredAt, TaskEventType type, String actor, String reason) {
        this.task = task;
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = actor;
        this.reason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON - 1) + "…" : reason;
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public TaskEventType type() {
        return type;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }
}
