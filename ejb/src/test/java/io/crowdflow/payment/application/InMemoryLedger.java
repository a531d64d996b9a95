package io.crowdflow.payment.application;

import io.crowdflow.payment.domain.Ledger;
import io.crowdflow.payment.domain.LedgerKeys;
import io.crowdflow.payment.domain.Posting;
import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.LedgerEntry;
import io.crowdflow.payment.domain.ledger.PublishedEntry;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The ledger in a list, with throw-away keys, for tests of the application logic. */
class InMemoryLedger implements Ledger, LedgerKeys {

    private final List<PublishedEntry> entries = new ArrayList<>();
    private final List<Checkpoint.Signed> checkpoints = new ArrayList<>();
    private final KeyPair keys;

    InMemoryLedger() {
        try {
            keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public LedgerEntry append(Posting posting) {
        LedgerEntry entry = new LedgerEntry(entries.size(), posting.postedAt(), pseudonymOf(posting.fromAccount()),
                pseudonymOf(posting.toAccount()), LedgerEntry.canonicalAmount(posting.amount().amount()),
                posting.amount().currency(), posting.taskId(), posting.kind().code());
        entries.add(new PublishedEntry(entry, entry.leafHash()));
        posting.recordedAs(entry.sequence());
        return entry;
    }

    @Override
    public long size() {
        return entries.size();
    }

    @Override
    public long lockedSize() {
        return entries.size();
    }

    @Override
    public List<PublishedEntry> entries(long from, int count) {
        return entries.subList((int) from, (int) Math.min(entries.size(), from + count));
    }

    @Override
    public List<byte[]> leafHashes(long from, long to) {
        return entries.subList((int) from, (int) to).stream().map(PublishedEntry::leafHash).toList();
    }

    @Override
    public Optional<Checkpoint.Signed> latestCheckpoint() {
        return checkpoints.stream().max(Comparator.comparingLong(c -> c.checkpoint().treeSize()));
    }

    @Override
    public Optional<Checkpoint.Signed> checkpointOfSize(long treeSize) {
        return checkpoints.stream().filter(c -> c.checkpoint().treeSize() == treeSize).findFirst();
    }

    @Override
    public List<Checkpoint.Signed> checkpointsBefore(long beforeSize, int count) {
        return checkpoints(Integer.MAX_VALUE).stream().filter(c -> c.checkpoint().treeSize() < beforeSize)
                .limit(count).toList();
    }

    @Override
    public List<Checkpoint.Signed> checkpoints(int count) {
        return checkpoints.stream().sorted(Comparator.comparingLong(c -> -c.checkpoint().treeSize())).limit(count)
                .toList();
    }

    @Override
    public void add(Checkpoint.Signed checkpoint, String keyId) {
        checkpoints.add(checkpoint);
    }

    @Override
    public PublicKey publicKey() {
        return keys.getPublic();
    }

    @Override
    public Checkpoint.Signed sign(Checkpoint checkpoint) {
        return checkpoint.sign(keys.getPrivate());
    }

    @Override
    public String pseudonymOf(String accountId) {
        return "p" + Integer.toHexString(accountId.hashCode());
    }

    List<LedgerEntry> all() {
        return entries.stream().map(PublishedEntry::entry).toList();
    }
}
