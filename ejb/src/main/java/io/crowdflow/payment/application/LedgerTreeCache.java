package io.crowdflow.payment.application;

import io.crowdflow.payment.domain.Ledger;
import io.crowdflow.payment.domain.ledger.MerkleTree;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.function.Function;

/**
 * This node's copy of the Merkle tree over the committed entries' stored leaf hashes, loaded from the
 * database on first use and extended on demand. A leaf hash, once loaded, is never reread, so the proofs
 * this node serves keep describing the ledger as it was appended even if a row is changed behind its back.
 */
@ApplicationScoped
public class LedgerTreeCache {

    static final int BATCH = 10_000;

    private final MerkleTree tree = new MerkleTree();

    /** Applies the function to a tree of at least {@code treeSize} committed entries. */
    public synchronized <T> T withTree(long treeSize, Ledger ledger, Function<MerkleTree, T> use) {
        while (tree.size() < treeSize) {
            long from = tree.size();
            long to = Math.min(treeSize, from + BATCH);
            List<byte[]> hashes = ledger.leafHashes(from, to);
            if (hashes.size() != to - from) {
                throw new IllegalStateException("ledger entries " + from + ".." + (to - 1) + " are not all stored: "
                        + hashes.size() + " found");
            }
            hashes.forEach(tree::appendLeafHash);
        }
        return use.apply(tree);
    }
}
