package io.crowdflow.payment.application;

import io.crowdflow.payment.domain.Ledger;
import io.crowdflow.payment.domain.LedgerKeys;
import io.crowdflow.payment.domain.NoCheckpointException;
import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.PublishedEntry;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.security.PublicKey;
import java.util.List;

/** The public ledger: signed checkpoints, entries, and RFC 6962 proofs against them (docs/ledger.md). */
@Stateless
public class LedgerService {

    public static final int MAX_ENTRIES = 1000;
    public static final int MAX_CHECKPOINTS = 100;

    @Inject
    Ledger ledger;

    @Inject
    LedgerKeys keys;

    @Inject
    LedgerTreeCache cache;

    @Inject
    Clock clock;

    /**
     * Signs the current tree head, unless the latest checkpoint already covers every entry (then that one).
     * The head stays locked meanwhile, so two nodes never sign two heads of one size.
     */
    public Checkpoint.Signed checkpoint() {
        long size = ledger.lockedSize();
        Checkpoint.Signed latest = ledger.latestCheckpoint().orElse(null);
        if (latest != null && latest.checkpoint().treeSize() == size) {
            return latest;
        }
        byte[] root = cache.withTree(size, ledger, tree -> tree.rootHash(size));
        Checkpoint.Signed signed = keys.sign(new Checkpoint(size, root, clock.now().toEpochMilli()));
        ledger.add(signed, keyId());
        return signed;
    }

    public Checkpoint.Signed latestCheckpoint() {
        return ledger.latestCheckpoint().orElseThrow(() -> new NoCheckpointException("yet"));
    }

    public Checkpoint.Signed checkpointOfSize(long treeSize) {
        return ledger.checkpointOfSize(treeSize).orElseThrow(() -> new NoCheckpointException("of size " + treeSize));
    }

    public List<Checkpoint.Signed> checkpoints(int count) {
        if (count < 1 || count > MAX_CHECKPOINTS) {
            throw new InvalidRequestException("count", "must be between 1 and " + MAX_CHECKPOINTS);
        }
        return ledger.checkpoints(count);
    }

    /** A page of checkpoints, newest first: those of fewer than {@code beforeSize} entries (null: from the newest). */
    public List<Checkpoint.Signed> checkpoints(int count, Long beforeSize) {
        if (beforeSize == null) {
            return checkpoints(count);
        }
        if (count < 1 || count > MAX_CHECKPOINTS) {
            throw new InvalidRequestException("count", "must be between 1 and " + MAX_CHECKPOINTS);
        }
        if (beforeSize < 1) {
            throw new InvalidRequestException("before", "must be a tree size of at least 1");
        }
        return ledger.checkpointsBefore(beforeSize, count);
    }

    public Page entries(long from, int count) {
        if (from < 0) {
            throw new InvalidRequestException("from", "must not be negative");
        }
        if (count < 1 || count > MAX_ENTRIES) {
            throw new InvalidRequestException("count", "must be between 1 and " + MAX_ENTRIES);
        }
        long size = ledger.size();
        return new Page(from, size, from >= size ? List.of() : ledger.entries(from, (int) Math.min(count, size - from)));
    }

    /** RFC 6962 audit path of entry {@code seq} in the tree of {@code treeSize} entries. */
    public InclusionProof inclusionProof(long seq, long treeSize) {
        long size = ledger.size();
        if (treeSize < 1 || treeSize > size) {
            throw new InvalidRequestException("treeSize", "must be between 1 and the ledger's size " + size);
        }
        if (seq < 0 || seq >= treeSize) {
            throw new InvalidRequestException("seq", "must be between 0 and treeSize - 1 = " + (treeSize - 1));
        }
        return cache.withTree(treeSize, ledger, tree -> new InclusionProof(seq, treeSize, tree.leafHashAt(seq),
                tree.inclusionProof(seq, treeSize), tree.rootHash(treeSize)));
    }

    /** RFC 6962 consistency proof between the trees of {@code from} and {@code to} entries. */
    public ConsistencyProof consistencyProof(long from, long to) {
        long size = ledger.size();
        if (to < 1 || to > size) {
            throw new InvalidRequestException("to", "must be between 1 and the ledger's size " + size);
        }
        if (from < 1 || from > to) {
            throw new InvalidRequestException("from", "must be between 1 and to = " + to);
        }
        return cache.withTree(to, ledger, tree -> new ConsistencyProof(from, to, tree.consistencyProof(from, to),
                tree.rootHash(from), tree.rootHash(to)));
    }

    public PublicKey publicKey() {
        return keys.publicKey();
    }

    public String keyId() {
        return Checkpoint.keyIdOf(keys.publicKey());
    }

    /** Entries from {@code from}; {@code treeSize} is the ledger's size when they were read. */
    public record Page(long from, long treeSize, List<PublishedEntry> entries) {
    }

    public record InclusionProof(long seq, long treeSize, byte[] leafHash, List<byte[]> auditPath, byte[] rootHash) {
    }

    public record ConsistencyProof(long from, long to, List<byte[]> proof, byte[] fromRoot, byte[] toRoot) {
    }
}
