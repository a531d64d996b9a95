package io.crowdflow.governance.application;

import io.crowdflow.governance.domain.RetentionAuditEntry;
import io.crowdflow.governance.domain.RetentionAuditKind;
import io.crowdflow.governance.domain.RetentionAuditLog;
import io.crowdflow.governance.domain.RetentionDryRunJob;
import io.crowdflow.governance.domain.RetentionDryRunJobRepository;
import io.crowdflow.governance.domain.RetentionPlanRepository;
import io.crowdflow.governance.domain.RuleSet;
import io.crowdflow.governance.domain.RuleSetRepository;
import io.crowdflow.shared.domain.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One page of the oldest background retention dry run, in one transaction: counts the next page of retained
 * records and commits the cursor and the counts with it. The last page writes the report on the version (as a
 * synchronous dry run does), which lets a second officer activate it.
 */
@Stateless
public class RetentionDryRunner {

    @Inject
    RetentionDryRunJobRepository jobs;

    @Inject
    RuleSetRepository ruleSets;

    @Inject
    RetentionPlanRepository plans;

    @Inject
    RetentionDryRun dryRun;

    @Inject
    RetentionAuditLog audit;

    @Inject
    Clock clock;

    /** @return whether a dry run was worked on (call again for the next page) */
    public boolean step(int pageSize) {
        Optional<RetentionDryRunJob> running = jobs.lockOldestRunning();
        if (running.isEmpty()) {
            return false;
        }
        RetentionDryRunJob job = running.get();
        RuleSet candidate = ruleSets.get(job.rulesetVersion());
        RetentionDryRunTally tally = RetentionDryRunTally.fromJson(job.tally());
        List<String> page = plans.retainedTaskIdsAfter(job.lastTaskId(), pageSize);
        dryRun.count(candidate, tally, page, job.asOf());
        Instant now = clock.now();
        job.advance(page.size(), page.isEmpty() ? null : page.get(page.size() - 1), tally.toJson(), now);
        if (page.size() < pageSize) {
            job.finish(now);
            candidate.recordDryRun(job.requester(), now, tally.report(candidate.version(), job.comparedWith(),
                    job.asOf()));
            audit.add(new RetentionAuditEntry(now, RetentionAuditKind.RULESET_DRY_RUN, null, candidate.version(), null,
                    job.requestedBy(), "background dry run " + job.id() + " finished: " + job.processed()
                    + " records in " + job.pages() + " pages"));
        }
        return true;
    }
}
