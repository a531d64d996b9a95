package io.crowdflow.governance.application;

import io.crowdflow.governance.domain.RetentionAuditEntry;
import io.crowdflow.governance.domain.RetentionAuditKind;
import io.crowdflow.governance.domain.RetentionAuditLog;
import io.crowdflow.governance.domain.RetentionPlanRepository;
import io.crowdflow.governance.domain.RetentionSweep;
import io.crowdflow.governance.domain.RetentionSweepRepository;
import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.governance.domain.RuleSetRepository;
import io.crowdflow.shared.domain.Clock;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One step of the running sweep: re-plans the next page of retained records under the active rule set and
 * commits the cursor with them, so the sweep survives a restart and never does a page twice. A sweep whose
 * version is no longer active stops (the newer activation started its own).
 */
@Stateless
public class RetentionSweeper {

    @Inject
    RetentionSweepRepository sweeps;

    @Inject
    RuleSetRepository ruleSets;

    @Inject
    RetentionPlanRepository plans;

    @Inject
    RetentionAuditLog audit;

    @EJB
    RetentionService retention;

    @Inject
    Clock clock;

    /** @return whether a sweep was worked on (call again for the next page) */
    public boolean step(int pageSize) {
        Optional<RetentionSweep> running = sweeps.lockOldestRunning();
        if (running.isEmpty()) {
            return false;
        }
        RetentionSweep sweep = running.get();
        Instant now = clock.now();
        Optional<RuleSet> active = ruleSets.active();
        if (active.isEmpty() || active.get().version() != sweep.rulesetVersion()) {
            sweep.supersede(now);
            audit.add(new RetentionAuditEntry(now, RetentionAuditKind.SWEEP_SUPERSEDED, null, sweep.rulesetVersion(),
                    null, null, "sweep " + sweep.id() + " stopped after " + sweep.processed() + " records: version "
                    + sweep.rulesetVersion() + " is no longer active"));
            return true;
        }
        List<String> page = plans.retainedTaskIdsAfter(sweep.lastTaskId(), pageSize);
        int changed = 0;
        for (String taskId : page) {
            if (retention.replan(taskId, active.get(), "re-planned by sweep " + sweep.id() + " for rule set v"
                    + sweep.rulesetVersion())) {
                changed++;
            }
        }
        sweep.advance(page.size(), changed, page.isEmpty() ? null : page.get(page.size() - 1), now);
        if (page.size() < pageSize) {
            sweep.finish(now);
            audit.add(new RetentionAuditEntry(now, RetentionAuditKind.SWEEP_FINISHED, null, sweep.rulesetVersion(),
                    null, null, "sweep " + sweep.id() + " re-planned " + sweep.processed() + " records, "
                    + sweep.changed() + " of them changed"));
        }
        return true;
    }
}
