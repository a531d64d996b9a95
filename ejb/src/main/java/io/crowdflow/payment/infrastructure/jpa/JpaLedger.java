package io.crowdflow.payment.infrastructure.jpa;

import io.crowdflow.payment.domain.Ledger;
import io.crowdflow.payment.domain.LedgerKeys;
import io.crowdflow.payment.domain.Posting;
import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.LedgerEntry;
import io.crowdflow.payment.domain.ledger.PublishedEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLedger implements Ledger {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Inject
    LedgerKeys keys;

    @Override
    public LedgerEntry append(Posting posting) {
        LedgerHead head = lockedHead();
        long seq = head.claimNext();
        LedgerEntry entry = new LedgerEntry(seq, posting.postedAt(), keys.pseudonymOf(posting.fromAccount()),
                keys.pseudonymOf(posting.toAccount()), LedgerEntry.canonicalAmount(posting.amount().amount()),
                posting.amount().currency(), posting.taskId(), posting.kind().code());
        em.persist(new LedgerRecord(entry));
        posting.recordedAs(seq);
        return entry;
    }

    @Override
    public long size() {
        return em.createQuery("select h.treeSize from LedgerHead h where h.id = :id", Long.class)
                .setParameter("id", LedgerHead.ID).getSingleResult();
    }

    @Override
    public long lockedSize() {
        return lockedHead().treeSize();
    }

    @Override
    public List<PublishedEntry> entries(long from, int count) {
        return em.createQuery("select r from LedgerRecord r where r.seq >= :from and r.seq < :to order by r.seq",
                        LedgerRecord.class)
                .setParameter("from", from).setParameter("to", from + count).getResultList().stream()
                .map(LedgerRecord::published).toList();
    }

    @Override
    public List<byte[]> leafHashes(long from, long to) {
        Base64.Decoder base64 = Base64.getDecoder();
        return em.createQuery("select r.leafHash from LedgerRecord r where r.seq >= :from and r.seq < :to "
                        + "order by r.seq", String.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(base64::decode).toList();
    }

    @Override
    public Optional<Checkpoint.Signed> latestCheckpoint() {
        return checkpoints(1).stream().findFirst();
    }

    @Override
    public Optional<Checkpoint.Signed> checkpointOfSize(long treeSize) {
        return Optional.ofNullable(em.find(CheckpointRecord.class, treeSize)).map(CheckpointRecord::signed);
    }

    @Override
    public List<Checkpoint.Signed> checkpoints(int count) {
        return em.createQuery("select c from CheckpointRecord c order by c.treeSize desc", CheckpointRecord.class)
                .setMaxResults(count).getResultList().stream().map(CheckpointRecord::signed).toList();
    }

    @Override
    public List<Checkpoint.Signed> checkpointsBefore(long beforeSize, int count) {
        return em.createQuery("select c from CheckpointRecord c where c.treeSize < :before order by c.treeSize desc",
                        CheckpointRecord.class)
                .setParameter("before", beforeSize).setMaxResults(count).getResultList().stream()
                .map(CheckpointRecord::signed).toList();
    }

    @Override
    public void add(Checkpoint.Signed checkpoint, String keyId) {
        em.persist(new CheckpointRecord(checkpoint, keyId));
    }

    private LedgerHead lockedHead() {
        LedgerHead head = em.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            // a connection cut mid-query has looked like an empty answer (the fault tests' database outage): ask
            // again, so that an outage fails as one (a JDBC error, 503) and only a truly missing row is a bug
            long rows = em.createQuery("select count(h) from LedgerHead h", Long.class).getSingleResult();
            head = rows == 0 ? null : em.find(LedgerHead.class, LedgerHead.ID, LockModeType.PESSIMISTIC_WRITE);
        }
        if (head == null) {
            throw new IllegalStateException("cf_ledger_head has no row " + LedgerHead.ID + " (migration V2)");
        }
        return head;
    }
}
