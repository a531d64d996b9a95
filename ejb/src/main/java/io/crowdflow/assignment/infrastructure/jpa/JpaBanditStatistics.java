package io.crowdflow.assignment.infrastructure.jpa;

import io.crowdflow.assignment.domain.BanditStatistics;
import io.crowdflow.assignment.domain.bandit.HybridBanditModel;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayList;
import java.util.List;

/**
 * The bandit's statistics in {@code cf_bandit_observation}, an append-only log of (features, reward):
 * A and b are sums over it, so inserts from any number of nodes merge and no update is lost. Reads
 * see the committed log ({@link BanditObservationLog}) plus the observations this transaction has
 * recorded and not committed yet, so a decision right after learning uses what was just learned.
 */
@ApplicationScoped
public class JpaBanditStatistics implements BanditStatistics {

    private static final Object PENDING = JpaBanditStatistics.class.getName() + ".pending";

    @Inject
    BanditObservationLog log;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public HybridBanditModel current() {
        HybridBanditModel committed = log.committed();
        List<Observation> pending = pending(false);
        if (pending == null || pending.isEmpty()) {
            return committed;
        }
        HybridBanditModel withPending = committed.copy();
        pending.forEach(o -> withPending.update(o.taskType(), o.workerId(), o.features(), o.reward()));
        return withPending;
    }

    @Override
    public void record(String taskType, String workerId, double[] features, double reward) {
        log.append(taskType, workerId, features, reward);
        pending(true).add(new Observation(taskType, workerId, features.clone(), reward));
    }

    @SuppressWarnings("unchecked")
    private List<Observation> pending(boolean create) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return create ? new ArrayList<>() : null;
        }
        List<Observation> pending = (List<Observation>) transactions.getResource(PENDING);
        if (pending == null && create) {
            pending = new ArrayList<>();
            transactions.putResource(PENDING, pending);
        }
        return pending;
    }

    private record Observation(String taskType, String workerId, double[] features, double reward) {
    }
}
