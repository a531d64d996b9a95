package io.crowdflow.governance.application;

import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.governance.domain.ArchiveRepository;
import io.crowdflow.governance.domain.ArchivedTask;
import io.crowdflow.governance.domain.Pseudonyms;
import io.crowdflow.review.domain.AggregatedAnswer;
import io.crowdflow.review.domain.AggregatedAnswers;
import io.crowdflow.privacy.application.PersonalDataCrypto;
import io.crowdflow.privacy.domain.crypto.PersonalText;
import io.crowdflow.governance.domain.RecordPseudonyms;
import io.crowdflow.governance.domain.RetentionCalendar;
import io.crowdflow.governance.domain.RetentionAuditEntry;
import io.crowdflow.governance.domain.RetentionAuditKind;
import io.crowdflow.governance.domain.RetentionAuditLog;
import io.crowdflow.governance.domain.RetentionPlan;
import io.crowdflow.governance.domain.RetentionPlanNotFoundException;
import io.crowdflow.governance.domain.RetentionPlanRepository;
import io.crowdflow.governance.domain.RetentionRules;
import io.crowdflow.governance.domain.RetentionVerdict;
import io.crowdflow.governance.domain.RetentionWorkflow;
import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.governance.domain.RuleSetRepository;
import io.crowdflow.rules.retention.LifecycleState;
import io.crowdflow.rules.retention.RetentionAction;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Retention of a settled task's content: plans what happens next by the active retention rules (or the
 * built-in default), runs the planned action when it is due (archive, pseudonymise, purge; a legal hold
 * blocks purge), and plans the next stage. Every plan and action is written to the task's history and to
 * the retention audit with the rule-set version and row that caused it.
 */
@Stateless
public class RetentionService {

    /** The retention timer of a task whose content is kept with no end: far away; a re-plan moves it. */
    static final Duration KEEP_TIMER = Duration.ofDays(36_500);
    static final int MAX_CALENDAR_DAYS = 366;
    /** Plans read for the calendar at most; more are left out and the calendar says so. */
    static final int MAX_CALENDAR_PLANS = 200_000;

    @Inject
    TaskRepository tasks;

    @Inject
    AssignmentRepository assignments;

    @Inject
    ArchiveRepository archive;

    @Inject
    RetentionPlanRepository plans;

    @Inject
    RuleSetRepository ruleSets;

    @Inject
    RetentionRules rules;

    @Inject
    RetentionAuditLog audit;

    @Inject
    RetentionWorkflow workflow;

    @Inject
    Clock clock;

    @Inject
    PersonalDataCrypto crypto;

    @Inject
    AggregatedAnswers aggregatedAnswers;

    /** The lifecycle's archival stage begins: plans the settled task's content; answers the time until the first action. */
    public Duration planRetention(String taskId) {
        Task task = tasks.get(taskId);
        Instant now = clock.now();
        Optional<RetentionPlan> existing = plans.lock(taskId);
        RetentionPlan plan = existing.orElseGet(() -> newPlan(task, LifecycleState.SETTLED, now));
        plan(task, plan, ruleSets.active().orElse(null), now, "planned when the task was settled");
        keepIfNew(plan, existing);
        return untilDue(plan, now);
    }

    /**
     * Runs the task's planned action if it is due (the lifecycle's retention timer and the enforcement timer
     * both call this; the plan's lock lets one of them act), then plans the next stage.
     *
     * @return the action taken, if any
     */
    public Optional<RetentionAction> executeDue(String taskId) {
        RetentionPlan plan = plans.lock(taskId).orElse(null);
        Instant now = clock.now();
        Task task = tasks.get(taskId);
        RuleSet active = ruleSets.active().orElse(null);
        if (plan == null) {
            plan = newPlan(task, stateOf(task), sinceOf(task, now));
            plan(task, plan, active, now, "planned on first enforcement (settled before retention plans existed)");
            plans.add(plan);
        }
        if (!plan.isDue(now)) {
            return Optional.empty();
        }
        RetentionAction action = plan.action();
        String because = plan.reason();
        Integer version = plan.rulesetVersion();
        String row = plan.ruleRow();
        switch (action) {
            case ARCHIVE -> {
                moveToArchive(task, now, "retention: " + because + "; content archived with people pseudonymised");
                plan.enter(LifecycleState.ARCHIVED, now);
                record(now, RetentionAuditKind.ARCHIVED, taskId, version, row,
                        "content moved out of the working tables into the archive, people pseudonymised; " + because);
            }
            case PSEUDONYMISE -> {
                pseudonymise(task, plan, now, because);
                plan.enter(LifecycleState.PSEUDONYMISED, now);
                record(now, RetentionAuditKind.PSEUDONYMISED, taskId, version, row,
                        "archived copy's people made pseudonyms of this record only; " + because);
            }
            case PURGE -> {
                purge(task, now, "retention: " + because + "; content purged");
                plan.enter(LifecycleState.PURGED, now);
                record(now, RetentionAuditKind.PURGED, taskId, version, row, "content deleted from the working"
                        + " tables and the archive, with the archive's pseudonyms; no key material of this record"
                        + " remains; " + because);
            }
            default -> throw new IllegalStateException("not an action: " + action);
        }
        if (plan.lifecycleState() != LifecycleState.PURGED) {
            plan(task, plan, active, now, "next stage after " + action.word());
        }
        return Optional.of(action);
    }

    /**
     * Re-plans one task's content under {@code active} (null: the built-in default), for a sweep.
     *
     * @return whether its plan changed
     */
    public boolean replan(String taskId, RuleSet active, String occasion) {
        Task task = tasks.get(taskId);
        Instant now = clock.now();
        Optional<RetentionPlan> existing = plans.lock(taskId);
        if (existing.isPresent() && existing.get().lifecycleState() == LifecycleState.PURGED) {
            return false;
        }
        RetentionPlan plan = existing.orElseGet(() -> newPlan(task, stateOf(task), sinceOf(task, now)));
        boolean changed = plan(task, plan, active, now, occasion);
        keepIfNew(plan, existing);
        return changed;
    }

    /** Tasks whose planned action is due now. */
    public List<String> dueTaskIds(int limit) {
        return plans.dueTaskIds(clock.now(), limit);
    }

    public RetentionPlan planOf(String taskId) {
        return plans.find(taskId).orElseThrow(() -> new RetentionPlanNotFoundException(taskId));
    }

    /** The actions planned for the next {@code days} UTC days (1 to 366, default 30), per day and action. */
    public RetentionCalendar calendar(String days) {
        int count;
        if (days == null || days.isBlank()) {
            count = 30;
        } else if (days.trim().matches("\\d{1,3}") && Integer.parseInt(days.trim()) >= 1
                && Integer.parseInt(days.trim()) <= MAX_CALENDAR_DAYS) {
            count = Integer.parseInt(days.trim());
        } else {
            throw new InvalidRequestException("days", "must be a whole number from 1 to " + MAX_CALENDAR_DAYS);
        }
        Instant now = clock.now();
        Instant until = now.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(count)
                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        List<RetentionCalendar.Planned> planned = plans.plannedBefore(until, MAX_CALENDAR_PLANS);
        return RetentionCalendar.of(now, count, planned, planned.size() >= MAX_CALENDAR_PLANS);
    }

    private boolean plan(Task task, RetentionPlan plan, RuleSet ruleSet, Instant now, String occasion) {
        RetentionVerdict verdict = rules.decide(ruleSet, plan);
        boolean changed = plan.apply(verdict, now);
        if (changed) {
            task.record(now, TaskEventType.RETENTION_PLANNED, null, truncate("retention: " + plan.reason()));
            record(now, RetentionAuditKind.PLANNED, task.id(), verdict.rulesetVersion(), verdict.row(),
                    occasion + ": " + plan.reason());
            if (plan.lifecycleState() == LifecycleState.SETTLED) {
                workflow.rescheduleRetentionTimer(task.processInstanceId(), now.plus(untilDue(plan, now)));
            }
        }
        return changed;
    }

    /** A plan not yet kept: {@link #keepIfNew} persists it once it is planned. */
    private static RetentionPlan newPlan(Task task, LifecycleState state, Instant since) {
        return new RetentionPlan(task.id(), task.dataClass(), task.type(), task.region(), state, since);
    }

    /**
     * Persists a new plan after it was planned. Hibernate inserts the state an entity had when it was persisted, so a
     * plan persisted before it was planned was inserted unplanned and then updated in whole at the commit.
     */
    private void keepIfNew(RetentionPlan plan, Optional<RetentionPlan> existing) {
        if (existing.isEmpty()) {
            plans.add(plan);
        }
    }

    private static Duration untilDue(RetentionPlan plan, Instant now) {
        if (plan.dueAt() == null || plan.purgeBlockedByHold()) {
            return KEEP_TIMER;
        }
        return plan.dueAt().isAfter(now) ? Duration.between(now, plan.dueAt()) : Duration.ZERO;
    }

    private static LifecycleState stateOf(Task task) {
        return task.status() == TaskStatus.ARCHIVED ? LifecycleState.ARCHIVED : LifecycleState.SETTLED;
    }

    private Instant sinceOf(Task task, Instant now) {
        return archive.find(task.id()).map(ArchivedTask::archivedAt).orElse(now);
    }

    /** Moves the task's content and answers to the archive, people pseudonymised, and clears them. */
    private void moveToArchive(Task task, Instant now, String reason) {
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (Submission s : assignments.submissionsOf(task.id())) {
            JsonObjectBuilder answer = Json.createObjectBuilder()
                    .add("submission", s.id())
                    .add("worker", Pseudonyms.of(s.workerId()))
                    .add("decision", s.decision() == null ? "none" : s.decision().name().toLowerCase());
            // sealed with the worker's own data key: erasing the worker makes the archived answer unreadable too
            answer.add("answer", s.answerJson() == null ? "" : crypto.seal(PersonalText.of(s.workerId(), s.answerJson())));
            answers.add(answer);
            s.removeContent();
        }
        JsonObjectBuilder content = Json.createObjectBuilder()
                .add("task", task.id())
                .add("requester", Pseudonyms.of(task.requesterId()))
                .add("type", task.type())
                .add("title", task.title() == null ? "" : task.title())
                .add("instructions", task.instructions() == null ? ""
                        : crypto.seal(PersonalText.of(task.requesterId(), task.instructions())))
                .add("answers", answers);
        if (task.inputJson() != null) {
            content.add("input", crypto.seal(PersonalText.of(task.requesterId(), task.inputJson())));
        }
        aggregatedAnswers.ofTask(task.id()).ifPresent(aggregated -> {
            // the task's result, like its content: sealed with the requester's key in the archive, cleared here
            if (aggregated.label() != null) {
                content.add("aggregated", Json.createObjectBuilder().add("method", aggregated.method())
                        .add("label", crypto.seal(PersonalText.of(task.requesterId(), aggregated.label()))));
            }
            aggregated.removeContent();
        });
        archive.add(new ArchivedTask(task.id(), now, content.build().toString(), truncate(reason)));
        task.archive(now, truncate(reason));
    }

    private void pseudonymise(Task task, RetentionPlan plan, Instant now, String because) {
        if (plan.lifecycleState() == LifecycleState.SETTLED) {
            moveToArchive(task, now, "retention: " + because + "; content archived to be pseudonymised");
        }
        ArchivedTask archived = archive.find(task.id()).orElseThrow(() -> new IllegalStateException(
                "task " + task.id() + " is " + plan.lifecycleState().word() + " but has no archived copy"));
        archived.pseudonymise(RecordPseudonyms.unlink(archived.contentJson()),
                "pseudonyms made valid in this record only");
        task.record(now, TaskEventType.PSEUDONYMISED, null, truncate("retention: " + because
                + "; the archived copy's people are pseudonyms of this record only"));
    }

    private void purge(Task task, Instant now, String reason) {
        archive.find(task.id()).ifPresent(archive::remove);
        assignments.submissionsOf(task.id()).forEach(Submission::removeContent);
        aggregatedAnswers.ofTask(task.id()).ifPresent(AggregatedAnswer::removeContent);
        task.purge(now, truncate(reason));
    }

    private void record(Instant at, RetentionAuditKind kind, String taskId, Integer version, String row, String detail) {
        audit.add(new RetentionAuditEntry(at, kind, taskId, version, row, null, detail));
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }
}
