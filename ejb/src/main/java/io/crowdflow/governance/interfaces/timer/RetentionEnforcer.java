package io.crowdflow.governance.interfaces.timer;

import io.crowdflow.governance.application.RetentionDryRunner;
import io.crowdflow.governance.application.RetentionService;
import io.crowdflow.governance.application.RetentionSettings;
import io.crowdflow.governance.application.RetentionSweeper;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every {@code crowdflow.retention.enforce-interval}, on each node: works the running re-planning sweep
 * page by page, then runs the retention actions that are due (each task in its own transaction, behind
 * the lock of its plan, so two nodes never act on one task twice).
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionEnforcer {

    private static final Logger LOG = Logger.getLogger(RetentionEnforcer.class.getName());
    private static final int MAX_SWEEP_PAGES_PER_ROUND = 50;
    private static final int MAX_DRY_RUN_PAGES_PER_ROUND = 200;

    @Resource
    TimerService timers;

    @Inject
    RetentionSettings settings;

    @EJB
    RetentionSweeper sweeper;

    @EJB
    RetentionService retention;

    @EJB
    RetentionDryRunner dryRuns;

    @PostConstruct
    void schedule() {
        Duration interval = settings.enforceInterval();
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(),
                new TimerConfig("crowdflow-retention-enforcer", false));
        LOG.info(() -> "CROWDFLOW-07001 retention enforcement every " + interval);
    }

    @Timeout
    void enforce() {
        try {
            for (int i = 0; i < MAX_SWEEP_PAGES_PER_ROUND && sweeper.step(settings.sweepPageSize()); i++) {
                LOG.fine("CROWDFLOW-07002 retention sweep page done");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CROWDFLOW-07003 retention sweep step failed; the next round goes on from the"
                    + " last committed page", e);
        }
        try {
            for (int i = 0; i < MAX_DRY_RUN_PAGES_PER_ROUND && dryRuns.step(settings.dryRunPageSize()); i++) {
                LOG.fine("CROWDFLOW-07006 background dry run page done");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CROWDFLOW-07007 background dry run step failed; the next round goes on from the"
                    + " last committed page", e);
        }
        for (String taskId : retention.dueTaskIds(settings.actionsPerRound())) {
            try {
                retention.executeDue(taskId).ifPresent(action ->
                        LOG.fine(() -> "CROWDFLOW-07004 retention " + action.word() + " done for task " + taskId));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "CROWDFLOW-07005 retention action for task " + taskId
                        + " failed; it stays due and is tried again next round", e);
            }
        }
    }
}
