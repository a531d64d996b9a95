package io.crowdflow.governance.application;

import io.crowdflow.governance.domain.ArchiveRepository;
import io.crowdflow.governance.domain.ArchivedTask;
import io.crowdflow.governance.domain.RetentionPlan;
import io.crowdflow.governance.domain.RetentionPlanRepository;
import io.crowdflow.governance.domain.RetentionRules;
import io.crowdflow.governance.domain.RetentionVerdict;
import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.rules.retention.LifecycleState;
import io.crowdflow.rules.retention.RetentionAction;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a rule-set version would do to today's retained records, computed without changing anything: per
 * action how many records and how many at once, which rows decide, how many plans change, legal holds, and
 * when the first purge would happen (following each record through its stages: archive, then purge, ...).
 */
@ApplicationScoped
public class RetentionDryRun {

    static final int PAGE = 500;
    static final int EXAMPLES_PER_ACTION = 3;
    static final int STAGES = 3;

    @Inject
    RetentionPlanRepository plans;

    @Inject
    TaskRepository tasks;

    @Inject
    ArchiveRepository archive;

    @Inject
    RetentionRules rules;

    /** The whole dry run in the caller's transaction: for tables with few records (see RuleSetService). */
    public String report(RuleSet candidate, RuleSet current, Instant now) {
        RetentionDryRunTally tally = new RetentionDryRunTally();
        String cursor = null;
        List<String> page;
        do {
            page = plans.retainedTaskIdsAfter(cursor, PAGE);
            count(candidate, tally, page, now);
            cursor = page.isEmpty() ? cursor : page.get(page.size() - 1);
        } while (page.size() == PAGE);
        return tally.report(candidate.version(), comparedWith(current), now);
    }

    /** What the report says it compares with. */
    static String comparedWith(RuleSet current) {
        return current == null ? "built-in default (setting crowdflow.retention.period)" : "rule set v" + current.version();
    }

    /** Adds one page of retained records (task ids in order) to the tally, as of {@code now}. */
    void count(RuleSet candidate, RetentionDryRunTally tally, List<String> page, Instant now) {
        for (String taskId : page) {
            RetentionPlan existing = plans.find(taskId).orElse(null);
            if (existing != null && existing.lifecycleState() == LifecycleState.PURGED) {
                continue;
            }
            RetentionPlan probe = existing != null ? existing.probeIn(existing.lifecycleState(), existing.stateSince())
                    : probeOf(tasks.get(taskId), now);
            RetentionVerdict verdict = rules.decide(candidate, probe);
            Instant due = probe.dueUnder(verdict);
            RetentionAction action = due == null ? RetentionAction.KEEP : verdict.action();
            tally.records++;
            tally.actions.get(action)[0]++;
            if (due != null && !due.isAfter(now) && !(action == RetentionAction.PURGE && verdict.legalHold())) {
                tally.actions.get(action)[1]++;
            }
            tally.rows.merge(verdict.row() == null ? "no row" : verdict.row(), 1, Integer::sum);
            tally.holds += verdict.legalHold() ? 1 : 0;
            tally.blockedPurges += action == RetentionAction.PURGE && verdict.legalHold() ? 1 : 0;
            boolean differs = existing == null || existing.action() != action
                    || !Objects.equals(existing.dueAt(), due) || existing.legalHold() != verdict.legalHold();
            tally.changed += differs ? 1 : 0;
            tally.purgeAt(firstPurgeOf(candidate, probe, verdict), taskId);
            if (differs) {
                tally.example(action, Json.createObjectBuilder()
                        .add("taskId", taskId)
                        .add("state", probe.lifecycleState().word())
                        .add("dataClass", String.valueOf(probe.dataClass()))
                        .add("taskType", probe.taskType())
                        .add("now", existing == null ? "not planned" : existing.describe()
                                + " (" + versionName(existing.rulesetVersion()) + rowName(existing.ruleRow()) + ")")
                        .add("proposed", describe(action, verdict, due))
                        .add("because", verdict.because()).build(), EXAMPLES_PER_ACTION);
            }
        }
    }

    /** When the record's content would be purged under {@code rules}, following it through its next stages. */
    private Instant firstPurgeOf(RuleSet ruleSet, RetentionPlan probe, RetentionVerdict verdict) {
        RetentionPlan stage = probe;
        RetentionVerdict decided = verdict;
        for (int i = 0; i < STAGES; i++) {
            Instant due = stage.dueUnder(decided);
            if (due == null) {
                return null;
            }
            if (decided.action() == RetentionAction.PURGE) {
                return decided.legalHold() ? null : due;
            }
            LifecycleState next = decided.action() == RetentionAction.ARCHIVE ? LifecycleState.ARCHIVED
                    : LifecycleState.PSEUDONYMISED;
            stage = stage.probeIn(next, due);
            decided = rules.decide(ruleSet, stage);
        }
        return null;
    }

    private RetentionPlan probeOf(Task task, Instant now) {
        LifecycleState state = task.status() == TaskStatus.ARCHIVED ? LifecycleState.ARCHIVED : LifecycleState.SETTLED;
        Instant since = archive.find(task.id()).map(ArchivedTask::archivedAt).orElse(now);
        return new RetentionPlan(task.id(), task.dataClass(), task.type(), task.region(), state, since);
    }

    private static String describe(RetentionAction action, RetentionVerdict verdict, Instant due) {
        if (action == RetentionAction.KEEP) {
            return "kept, no action planned" + (verdict.legalHold() ? " (legal hold)" : "");
        }
        return action.word() + " after " + verdict.keepFor() + ", due " + due
                + (action == RetentionAction.PURGE && verdict.legalHold() ? " (blocked by a legal hold)" : "");
    }

    private static String versionName(int version) {
        return version == 0 ? "built-in default" : "rule set v" + version;
    }

    private static String rowName(String row) {
        return row == null ? "" : ", row " + row;
    }
}
