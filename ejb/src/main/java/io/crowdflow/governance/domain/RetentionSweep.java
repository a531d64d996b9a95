package io.crowdflow.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The re-planning of every retained task after a rule set was activated, page by page in task-id order.
 * Its cursor ({@link #lastTaskId()}) is committed with each page, so after a crash or restart it goes on
 * where it stopped; its counters are the progress an officer sees.
 */
@Entity
@Table(name = "cf_retention_sweep")
public class RetentionSweep {

    /** Where a sweep is. */
    public enum State { RUNNING, FINISHED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ruleset_version", nullable = false)
    private int rulesetVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int processed;

    @Column(nullable = false)
    private int changed;

    @Column(name = "last_task_id")
    private String lastTaskId;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected RetentionSweep() {
    }

    public RetentionSweep(int rulesetVersion, int total, Instant at) {
        this.rulesetVersion = rulesetVersion;
        this.state = State.RUNNING;
        this.startedAt = at;
        this.updatedAt = at;
        this.total = total;
    }

    /** One page done: {@code count} records re-planned, {@code changedCount} of them got a different plan. */
    public void advance(int count, int changedCount, String lastId, Instant at) {
        this.processed += count;
        this.changed += changedCount;
        if (lastId != null) {
            this.lastTaskId = lastId;
        }
        this.updatedAt = at;
    }

    public void finish(Instant at) {
        this.state = State.FINISHED;
        this.finishedAt = at;
        this.updatedAt = at;
        this.total = Math.max(total, processed);
    }

    public void supersede(Instant at) {
        this.state = State.SUPERSEDED;
        this.finishedAt = at;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public int rulesetVersion() {
        return rulesetVersion;
    }

    public State state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public int total() {
        return total;
    }

    public int processed() {
        return processed;
    }

    public int changed() {
        return changed;
    }

    public String lastTaskId() {
        return lastTaskId;
    }
}
