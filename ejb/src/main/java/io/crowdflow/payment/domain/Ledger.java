package io.crowdflow.payment.domain;

import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.LedgerEntry;
import io.crowdflow.payment.domain.ledger.PublishedEntry;

import java.util.List;
import java.util.Optional;

/** The append-only public log of every posting, and its signed checkpoints (docs/ledger.md). */
public interface Ledger {

    /**
     * Records the posting as the next entry, in the caller's transaction; the head stays locked until it
     * ends, so entries get gap-free sequences in commit order. Returns the entry.
     */
    LedgerEntry append(Posting posting);

    /** Committed entries: the current size (no lock). */
    long size();

    /** The size with the head locked for the rest of the transaction: no append can commit meanwhile. */
    long lockedSize();

    /** Entries from {@code from}, at most {@code count}, in sequence order. */
    List<PublishedEntry> entries(long from, int count);

    /** The stored leaf hashes of entries {@code from} (inclusive) to {@code to} (exclusive). */
    List<byte[]> leafHashes(long from, long to);

    Optional<Checkpoint.Signed> latestCheckpoint();

    Optional<Checkpoint.Signed> checkpointOfSize(long treeSize);

    /** The newest checkpoints first. */
    List<Checkpoint.Signed> checkpoints(int count);

    /** The newest checkpoints of fewer than {@code beforeSize} entries first: the page after one ending there. */
    List<Checkpoint.Signed> checkpointsBefore(long beforeSize, int count);

    void add(Checkpoint.Signed checkpoint, String keyId);
}
