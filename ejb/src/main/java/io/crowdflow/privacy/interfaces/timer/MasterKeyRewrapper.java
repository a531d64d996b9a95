package io.crowdflow.privacy.interfaces.timer;

import io.crowdflow.privacy.application.MasterKeyRotation;
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

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shortly after each start, re-wraps the data keys that a previous master key still wraps, so that a rotation
 * needs only new settings and a restart. On two nodes both may run: a row changed by the other is skipped.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MasterKeyRewrapper {

    private static final Logger LOG = Logger.getLogger(MasterKeyRewrapper.class.getName());
    private static final long DELAY_MS = 5_000;

    @Resource
    TimerService timers;

    @EJB
    MasterKeyRotation rotation;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(DELAY_MS, new TimerConfig("crowdflow-master-key-rewrap", false));
    }

    @Timeout
    void rewrap() {
        try {
            MasterKeyRotation.Status before = rotation.status();
            if (before.notYetRewrapped() == 0) {
                return;
            }
            MasterKeyRotation.Outcome outcome = rotation.rewrapAll();
            LOG.info(() -> "CROWDFLOW-08005 master key " + outcome.after().current() + ": " + outcome.rewrapped()
                    + " data keys re-wrapped, " + outcome.unreadable() + " opened by no configured master key, "
                    + outcome.after().notYetRewrapped() + " left under other keys");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "CROWDFLOW-08006 re-wrapping data keys failed; POST /api/admin/crypto/rewrap"
                    + " or the next start tries again", e);
        }
    }
}
