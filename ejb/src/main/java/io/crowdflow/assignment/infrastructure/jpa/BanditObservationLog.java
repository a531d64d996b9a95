package io.crowdflow.assignment.infrastructure.jpa;

import io.crowdflow.assignment.application.AssignmentSettings;
import io.crowdflow.assignment.domain.AssignmentFeatures;
import io.crowdflow.assignment.domain.bandit.HybridBanditModel;
import io.crowdflow.platform.infrastructure.persistence.NativeQueries;
import io.crowdflow.shared.domain.Clock;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;
import java.util.List;

/**
 * This node's cache of the committed observation log {@code cf_bandit_observation}, folded into a
 * model. On every read it folds the rows after the highest sequence number it has seen; every
 * {@code crowdflow.assignment.refold-interval} it folds the whole log again, which picks up a row whose
 * transaction committed after a row with a higher sequence number (two writers). Published models are
 * never modified afterwards.
 * <p>
 * The fold reads in the caller's transaction, on the caller's connection: a transaction of its own would
 * need a second pooled connection while the caller holds one (and, during a posting, the ledger's lock),
 * and under load every request thread would wait for a connection that only another waiting thread can
 * give back. The caller's transaction sees committed rows (read committed) plus its own; so that a model
 * never contains an observation that may still roll back, a transaction that has appended observations
 * does not publish a fold: it gets the last published model, or an unpublished one at first use.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BanditObservationLog {

    /**
     * The log's key: the feature layout its rows were written with (since V3). Policy {@code linucb/2} reads the same
     * rows; rows from before V17 have no arm and inform the shared part only.
     */
    static final String MODEL = "linucb/1";

    private static final String APPENDED = BanditObservationLog.class.getName() + ".appended";

    /** The log's table: no entity maps it, so its queries name it for Hibernate ({@link NativeQueries#READS}). */
    private static final String TABLE = "cf_bandit_observation";

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Inject
    AssignmentSettings settings;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private HybridBanditModel model;
    private long watermark;
    private Instant foldedAll;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public synchronized HybridBanditModel committed() {
        if (appendedInThisTransaction()) {
            if (model != null) {
                return model;
            }
            HybridBanditModel unpublished = HybridBanditModel.prior(AssignmentFeatures.DIMENSION, settings.lambda(), settings.kappa());
            fold(unpublished, 0);
            return unpublished;
        }
        Instant now = clock.now();
        if (model == null || foldedAll == null || now.isAfter(foldedAll.plus(settings.refoldInterval()))) {
            HybridBanditModel fresh = HybridBanditModel.prior(AssignmentFeatures.DIMENSION, settings.lambda(), settings.kappa());
            watermark = fold(fresh, 0);
            foldedAll = now;
            model = fresh;
            return fresh;
        }
        HybridBanditModel next = model.copy();
        long seen = fold(next, watermark);
        if (seen > watermark) {
            watermark = seen;
            model = next;
        }
        return model;
    }

    /** Appends one observation (with its arm: the task's type and the worker) in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void append(String taskType, String workerId, double[] features, double reward) {
        em.createNativeQuery("insert into cf_bandit_observation (model, features, reward, observed_at, task_type, "
                        + "worker_id) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setHint(NativeQueries.READS, TABLE)
                .setParameter(1, MODEL).setParameter(2, AssignmentFeatures.encode(features))
                .setParameter(3, reward).setParameter(4, clock.now())
                .setParameter(5, taskType).setParameter(6, workerId)
                .executeUpdate();
        transactions.putResource(APPENDED, Boolean.TRUE);
    }

    private boolean appendedInThisTransaction() {
        return transactions.getTransactionKey() != null && Boolean.TRUE.equals(transactions.getResource(APPENDED));
    }

    @SuppressWarnings("unchecked")
    private long fold(HybridBanditModel into, long after) {
        long last = after;
        List<Object[]> rows = em.createNativeQuery("select seq, features, reward, task_type, worker_id "
                        + "from cf_bandit_observation "
                        + "where model = ?1 and seq > ?2 order by seq")
                .setHint(NativeQueries.READS, TABLE)
                .setParameter(1, MODEL).setParameter(2, after).getResultList();
        for (Object[] row : rows) {
            double[] x = AssignmentFeatures.decode((String) row[1]);
            if (x.length == into.dimension()) {
                into.update((String) row[3], (String) row[4], x, ((Number) row[2]).doubleValue());
            }
            last = Math.max(last, ((Number) row[0]).longValue());
        }
        return last;
    }
}
