package io.crowdflow.payment.interfaces.timer;

import io.crowdflow.payment.application.LedgerAppends;
import io.crowdflow.payment.application.LedgerService;
import io.crowdflow.payment.application.LedgerSettings;
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
 * Loads (or creates) the ledger keys at start and signs a checkpoint every
 * {@code crowdflow.ledger.checkpoint-interval} when the ledger has grown. A non-persistent timer on each
 * node; the ledger head's lock keeps two nodes from signing the same size twice. In a benchmark that runs
 * without ledger appends ({@link LedgerAppends}) it says so at SEVERE at start and at every interval.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerCheckpointer {

    private static final Logger LOG = Logger.getLogger(LedgerCheckpointer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    LedgerSettings settings;

    @EJB
    LedgerService ledger;

    @Inject
    LedgerAppends appends;

    @PostConstruct
    void schedule() {
        String keyId = ledger.keyId();
        Duration interval = settings.checkpointInterval();
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(),
                new TimerConfig("crowdflow-ledger-checkpoint", false));
        LOG.info(() -> "CROWDFLOW-04004 ledger checkpoints every " + interval + ", signing key id " + keyId);
        appends.notice().ifPresent(notice -> LOG.log(appends.consented() ? Level.SEVERE : Level.WARNING,
                "CROWDFLOW-04008 " + notice));
    }

    @Timeout
    void checkpoint() {
        if (appends.consented()) {
            LOG.severe(() -> "CROWDFLOW-04009 BENCHMARK MODE: ledger appends can be switched off and are "
                    + (appends.skipped() ? "OFF" : "on") + "; " + appends.unloggedSinceStart()
                    + " postings since start have no ledger entry (cf_posting.ledger_seq is null)");
        }
        try {
            var signed = ledger.checkpoint();
            LOG.fine(() -> "CROWDFLOW-04005 ledger checkpoint " + signed.checkpoint());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CROWDFLOW-04006 ledger checkpoint failed; the next interval tries again", e);
        }
    }
}
