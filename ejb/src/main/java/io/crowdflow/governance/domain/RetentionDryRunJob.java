package io.crowdflow.governance.domain;

import io.crowdflow.identity.domain.Caller;
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
import java.util.Set;

/**
 * A retention dry run in the background: page by page in task-id order, each page committed with its cursor and
 * the counts so far, so it goes on after a restart and an officer can watch {@link #processed()} of
 * {@link #total()}. Judged as of {@link #asOf()} (when it was asked for) from start to end.
 */
@Entity
@Table(name = "cf_retention_dry_run")
public class RetentionDryRunJob {

    /** Where a background dry run is. */
    public enum State { RUNNING, FINISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ruleset_version", nullable = false)
    private int rulesetVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_by_name")
    private String requestedByName;

    @Column(name = "compared_with", nullable = false)
    private String comparedWith;

    @Column(name = "as_of", nullable = false)
    private Instant asOf;

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
    private int pages;

    @Column(name = "last_task_id")
    private String lastTaskId;

    @Column(nullable = false)
    private String tally;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected RetentionDryRunJob() {
    }

    public RetentionDryRunJob(int rulesetVersion, Caller officer, String comparedWith, int total, String emptyTally,
                              Instant at) {
        this.rulesetVersion = rulesetVersion;
        this.state = State.RUNNING;
        this.requestedBy = officer.subject();
        this.requestedByName = officer.username();
        this.comparedWith = comparedWith;
        this.asOf = at;
        this.startedAt = at;
        this.updatedAt = at;
        this.total = total;
        this.tally = emptyTally;
    }

    /** One more page was counted: its records, its last task id and the counts so far. */
    public void advance(int records, String lastTaskId, String tally, Instant at) {
        this.processed += records;
        this.pages++;
        if (lastTaskId != null) {
            this.lastTaskId = lastTaskId;
        }
        this.tally = tally;
        this.updatedAt = at;
        if (processed > total) {
            total = processed; // records retained after the start are counted too
        }
    }

    public void finish(Instant at) {
        this.state = State.FINISHED;
        this.finishedAt = at;
        this.updatedAt = at;
    }

    /** The officer who asked, as the version records who dry-ran it. */
    public Caller requester() {
        return new Caller(requestedBy, requestedByName, Set.of());
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

    public String requestedBy() {
        return requestedBy;
    }

    public String comparedWith() {
        return comparedWith;
    }

    public Instant asOf() {
        return asOf;
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

    public int pages() {
        return pages;
    }

    public String lastTaskId() {
        return lastTaskId;
    }

    public String tally() {
        return tally;
    }
}
