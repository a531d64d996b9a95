package io.crowdflow.payment.domain.ledger;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.List;

/**
 * Checks a downloaded ledger against a signed checkpoint: the signature, every entry's encoding against
 * its published leaf hash, the sequence, and the whole tree against the signed root. On tampering it
 * names the first bad entry: directly when an entry no longer matches its leaf hash, otherwise by
 * bisection with consistency proofs against the signed root (docs/ledger.md, "Verifying").
 */
public final class LedgerAudit {

    /** Where consistency proofs come from (the platform's API, or a local tree in tests). */
    @FunctionalInterface
    public interface ConsistencyProofs {
        List<byte[]> between(long first, long second);
    }

    private LedgerAudit() {
    }

    /**
     * @param entries             entries 0..n-1 in order (n at least the checkpoint's size)
     * @param publishedLeafHashes the leaf hashes the platform published for them, or null
     * @param proofs              consistency proofs from the platform, or null (then a tree that differs
     *                            from the signed root is reported without naming an entry)
     */
    public static Report audit(List<LedgerEntry> entries, List<byte[]> publishedLeafHashes,
                               Checkpoint.Signed checkpoint, PublicKey key, ConsistencyProofs proofs) {
        if (!checkpoint.verify(key)) {
            return Report.broken(0, null, "the checkpoint's signature does not verify with the published key");
        }
        long size = checkpoint.checkpoint().treeSize();
        MerkleTree tree = new MerkleTree();
        for (int i = 0; i < entries.size() && i < size; i++) {
            LedgerEntry entry = entries.get(i);
            if (entry.sequence() != i) {
                return Report.broken(i, (long) i, "entry at position " + i + " has sequence " + entry.sequence());
            }
            byte[] leaf = entry.leafHash();
            if (publishedLeafHashes != null && !MessageDigest.isEqual(leaf, publishedLeafHashes.get(i))) {
                return Report.broken(i, (long) i, "entry " + i + " does not match its published leaf hash");
            }
            tree.appendLeafHash(leaf);
        }
        if (tree.size() < size) {
            return Report.broken(tree.size(), tree.size(), "the checkpoint covers " + size + " entries but only "
                    + tree.size() + " were given; entry " + tree.size() + " is missing");
        }
        if (MessageDigest.isEqual(tree.rootHash(size), checkpoint.checkpoint().rootHash())) {
            return new Report(true, size, null, "all " + size + " entries verify against the signed checkpoint");
        }
        if (proofs == null) {
            return Report.broken(size, null, "the entries do not produce the signed root hash");
        }
        long bad = firstEntryNotCovered(tree, checkpoint.checkpoint(), proofs);
        if (bad == 0) {
            // no prefix is confirmed: entry 0 is changed, or the proofs are unusable; the two look alike
            return Report.broken(size, null, "the entries do not produce the signed root hash and no prefix of "
                    + "them is consistent with it: entry 0 is changed or the platform's consistency proofs are unusable");
        }
        return Report.broken(size, bad, "entry " + bad + " is the first entry the signed checkpoint does not cover");
    }

    /** The largest prefix the signed root is consistent with ends just before the first bad entry. */
    static long firstEntryNotCovered(MerkleTree tree, Checkpoint signed, ConsistencyProofs proofs) {
        long good = 0;
        long bad = signed.treeSize();
        while (bad - good > 1) {
            long mid = good + (bad - good) / 2;
            if (consistent(tree, mid, signed, proofs)) {
                good = mid;
            } else {
                bad = mid;
            }
        }
        return good;
    }

    private static boolean consistent(MerkleTree tree, long prefix, Checkpoint signed, ConsistencyProofs proofs) {
        try {
            return MerkleProofs.verifyConsistency(prefix, signed.treeSize(), tree.rootHash(prefix), signed.rootHash(),
                    proofs.between(prefix, signed.treeSize()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * @param intact            whether everything verified
     * @param checkedEntries    how many entries were checked
     * @param firstBadSequence  the first bad entry, or null if none or none could be named
     * @param finding           what was found, for people
     */
    public record Report(boolean intact, long checkedEntries, Long firstBadSequence, String finding) {

        static Report broken(long checked, Long firstBad, String finding) {
            return new Report(false, checked, firstBad, finding);
        }
    }
}
