package io.crowdflow.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A task type's pin on one version of the lifecycle model: its new tasks start on that version instead of
 * the latest. Records who pinned it, when and why.
 */
@Entity
@Table(name = "cf_lifecycle_pin")
public class LifecyclePin {

    @Id
    @Column(name = "task_type")
    private String taskType;

    @Column(nullable = false)
    private int version;

    @Column(name = "pinned_by", nullable = false)
    private String pinnedBy;

    @Column(name = "pinned_at", nullable = false)
    private Instant pinnedAt;

    @Column(nullable = false)
    private String reason;

    protected LifecyclePin() {
    }

    public LifecyclePin(String taskType, int version, String pinnedBy, Instant pinnedAt, String reason) {
        this.taskType = taskType;
        this.version = version;
        this.pinnedBy = pinnedBy;
        this.pinnedAt = pinnedAt;
        this.reason = reason;
    }

    /** Moves the pin to another version. */
    public void repin(int newVersion, String by, Instant at, String why) {
        this.version = newVersion;
        this.pinnedBy = by;
        this.pinnedAt = at;
        this.reason = why;
    }

    public String taskType() {
        return taskType;
    }

    public int version() {
        return version;
    }

    public String pinnedBy() {
        return pinnedBy;
    }

    public Instant pinnedAt() {
        return pinnedAt;
    }

    public String reason() {
        return reason;
    }
}
