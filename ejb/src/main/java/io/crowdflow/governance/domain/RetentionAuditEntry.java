package io.crowdflow.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the retention audit: what happened, to which task, by which rule-set version and row, or by whom. */
@Entity
@Table(name = "cf_retention_audit")
public class RetentionAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RetentionAuditKind kind;

    @Column(name = "task_id")
    private String taskId;

    @Column(name = "ruleset_version")
    private Integer rulesetVersion;

    @Column(name = "rule_row")
    private String ruleRow;

    private String actor;

    @Column(nullable = false)
    private String detail;

    protected RetentionAuditEntry() {
    }

    public RetentionAuditEntry(Instant occurredAt, RetentionAuditKind kind, String taskId, Integer rulesetVersion,
                               String ruleRow, String actor, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.taskId = taskId;
        this.rulesetVersion = rulesetVersion;
        this.ruleRow = ruleRow;
        this.actor = actor;
        this.detail = detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public RetentionAuditKind kind() {
        return kind;
    }

    public String taskId() {
        return taskId;
    }

    public Integer rulesetVersion() {
        return rulesetVersion;
    }

    public String ruleRow() {
        return ruleRow;
    }

    public String actor() {
        return actor;
    }

    public String detail() {
        return detail;
    }
}
