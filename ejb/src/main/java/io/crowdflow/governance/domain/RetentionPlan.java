package io.crowdflow.governance.domain;

import io.crowdflow.rules.retention.LifecycleState;
import io.crowdflow.rules.retention.RetentionAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * What happens next to one task's content and when: the state it is in since when, the action the active
 * rules order, its due time, a legal hold, and the rule-set version and row that decided.
 */
@Entity
@Table(name = "cf_retention_plan")
public class RetentionPlan {

    @Id
    @Column(name = "task_id")
    private String taskId;

    @Column(name = "data_class")
    private String dataClass;

    @Column(name = "task_type", nullable = false)
    private String taskType;

    private String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle_state", nullable = false)
    private LifecycleState lifecycleState;

    @Column(name = "state_since", nullable = false)
    private Instant stateSince;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RetentionAction action;

    @Column(name = "keep_for")
    private String keepFor;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "legal_hold", nullable = false)
    private boolean legalHold;

    @Column(name = "hold_rows")
    private String holdRows;

    @Column(name = "ruleset_version", nullable = false)
    private int rulesetVersion;

    @Column(name = "rule_row")
    private String ruleRow;

    @Column(nullable = false)
    private String reason;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected RetentionPlan() {
    }

    /** A plan for content that entered {@code state} at {@code since}; {@link #apply} fills in the decision. */
    public RetentionPlan(String taskId, String dataClass, String taskType, String region, LifecycleState state,
                         Instant since) {
        this.taskId = Objects.requireNonNull(taskId);
        this.dataClass = dataClass;
        this.taskType = taskType;
        this.region = region;
        this.lifecycleState = state;
        this.stateSince = since;
        this.action = RetentionAction.KEEP;
        this.reason = "not planned yet";
        this.plannedAt = since;
    }

    /**
     * Takes the rules' verdict: the action falls due {@code keepFor} after the content entered its state.
     *
     * @return whether the action, due time, hold or deciding row changed
     */
    public boolean apply(RetentionVerdict verdict, Instant now) {
        Instant newDue = verdict.action() == RetentionAction.KEEP || verdict.keepFor() == null ? null
                : verdict.keepFor().addTo(stateSince);
        RetentionAction newAction = verdict.keepFor() == null ? RetentionAction.KEEP : verdict.action();
        String newHold = verdict.legalHold() ? String.join(",", verdict.holdRows()) : null;
        boolean changed = newAction != action || !Objects.equals(newDue, dueAt) || verdict.legalHold() != legalHold
                || !Objects.equals(newHold, holdRows) || !Objects.equals(verdict.row(), ruleRow)
                || verdict.rulesetVersion() != rulesetVersion;
        this.action = newAction;
        this.keepFor = verdict.keepFor() == null ? null : verdict.keepFor().toString();
        this.dueAt = newDue;
        this.legalHold = verdict.legalHold();
        this.holdRows = newHold;
        this.rulesetVersion = verdict.rulesetVersion();
        this.ruleRow = verdict.row();
        this.reason = truncate(describe() + " because of " + verdict.because());
        this.plannedAt = now;
        return changed;
    }

    /** The due time {@code verdict} would give this content (null: kept), without changing the plan. */
    public Instant dueUnder(RetentionVerdict verdict) {
        return verdict.action() == RetentionAction.KEEP || verdict.keepFor() == null ? null
                : verdict.keepFor().addTo(stateSince);
    }

    /** A plan of the same content in another state, not stored: for dry runs. */
    public RetentionPlan probeIn(LifecycleState state, Instant since) {
        return new RetentionPlan(taskId, dataClass, taskType, region, state, since);
    }

    /** The content moved to a new state (archived, pseudonymised, purged); the next decision starts from now. */
    public void enter(LifecycleState state, Instant at) {
        this.lifecycleState = state;
        this.stateSince = at;
        this.action = RetentionAction.KEEP;
        this.dueAt = null;
    }

    /** Whether the planned action may run now: due, not kept, and no legal hold stands in a purge's way. */
    public boolean isDue(Instant now) {
        return dueAt != null && !dueAt.isAfter(now) && action != RetentionAction.KEEP
                && lifecycleState != LifecycleState.PURGED && !(action == RetentionAction.PURGE && legalHold);
    }

    public boolean purgeBlockedByHold() {
        return action == RetentionAction.PURGE && legalHold;
    }

    /** The plan in words, e.g. {@code settled since …: archive after P30D, due …}. */
    public String describe() {
        String plan = lifecycleState.word() + " since " + stateSince + ": ";
        if (action == RetentionAction.KEEP) {
            return plan + "kept, no action planned";
        }
        plan += action.word() + " after " + keepFor + ", due " + dueAt;
        return purgeBlockedByHold() ? plan + " (blocked by a legal hold)" : plan;
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    public String taskId() {
        return taskId;
    }

    public String dataClass() {
        return dataClass;
    }

    public String taskType() {
        return taskType;
    }

    public String region() {
        return region;
    }

    public LifecycleState lifecycleState() {
        return lifecycleState;
    }

    public Instant stateSince() {
        return stateSince;
    }

    public RetentionAction action() {
        return action;
    }

    public String keepFor() {
        return keepFor;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public boolean legalHold() {
        return legalHold;
    }

    public String holdRows() {
        return holdRows;
    }

    public int rulesetVersion() {
        return rulesetVersion;
    }

    public String ruleRow() {
        return ruleRow;
    }

    public String reason() {
        return reason;
    }

    public Instant plannedAt() {
        return plannedAt;
    }
}
