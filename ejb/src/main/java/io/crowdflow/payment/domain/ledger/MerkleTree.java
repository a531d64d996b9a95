package io.crowdflow.payment.domain.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An append-only Merkle tree exactly as RFC 6962 section 2.1 defines it: SHA-256, leaf hash
 * {@code H(0x00 || entry)}, node hash {@code H(0x01 || left || right)}, {@code MTH} for any size.
 * <p>
 * It keeps every leaf hash and every complete, aligned subtree hash (about 2n hashes, 64 bytes per leaf),
 * so an append costs O(1) amortised hashes, the root of any size and each proof O(log n) hashes.
 * Proofs follow RFC 6962 sections 2.1.1 (audit path) and 2.1.2 (consistency). Not thread-safe.
 */
public final class MerkleTree {

    public static final int HASH_SIZE = 32;
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(MerkleTree::sha256);

    /** levels.get(k) holds the hashes of the complete subtrees of 2^k leaves, left to right. */
    private final List<HashList> levels = new ArrayList<>();

    public MerkleTree() {
        levels.add(new HashList(1024));
    }

    /** RFC 6962: the hash of a leaf, {@code SHA-256(0x00 || data)}. */
    public static byte[] leafHash(byte[] data) {
        MessageDigest digest = SHA256.get();
        digest.update((byte) 0x00);
        return digest.digest(data);
    }

    /** RFC 6962: the hash of an interior node, {@code SHA-256(0x01 || left || right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = SHA256.get();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    /** RFC 6962: the hash of the empty tree, {@code SHA-256()}. */
    public static byte[] emptyRoot() {
        return SHA256.get().digest(new byte[0]);
    }

    public long size() {
        return levels.get(0).count;
    }

    /** Appends one leaf by its leaf hash (see {@link #leafHash(byte[])}). */
    public void appendLeafHash(byte[] leafHash) {
        if (leafHash.length != HASH_SIZE) {
            throw new IllegalArgumentException("a leaf hash has 32 bytes");
        }
        HashList leaves = levels.get(0);
        leaves.add(leafHash, 0);
        int index = leaves.count - 1;
        int level = 0;
        MessageDigest digest = SHA256.get();
        byte[] parent = new byte[HASH_SIZE];
        while ((index & 1) == 1) {
            HashList children = levels.get(level);
            digest.update((byte) 0x01);
            digest.update(children.data, (index - 1) * HASH_SIZE, 2 * HASH_SIZE);
            try {
                digest.digest(parent, 0, HASH_SIZE);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException(e);
            }
            if (levels.size() == level + 1) {
                levels.add(new HashList(Math.max(16, children.data.length / HASH_SIZE / 2)));
            }
            levels.get(level + 1).add(parent, 0);
            index >>= 1;
            level++;
        }
    }

    /** The leaf hash at this index. */
    public byte[] leafHashAt(long index) {
        requireIndex(index, size());
        return levels.get(0).get((int) index);
    }

    /** The root hash of the first {@code treeSize} leaves, MTH(D[0:treeSize]). */
    public byte[] rootHash(long treeSize) {
        requireSize(treeSize);
        return treeSize == 0 ? emptyRoot() : hash(0, (int) treeSize);
    }

    public byte[] rootHash() {
        return rootHash(size());
    }

    /** RFC 6962 2.1.1: PATH(m, D[0:treeSize]), the audit path of leaf m, deepest sibling first. */
    public List<byte[]> inclusionProof(long leafIndex, long treeSize) {
        requireSize(treeSize);
        requireIndex(leafIndex, treeSize);
        List<byte[]> proof = new ArrayList<>();
        path((int) leafIndex, 0, (int) treeSize, proof);
        return proof;
    }

    /** RFC 6962 2.1.2: PROOF(m, D[0:n]) for 0 &lt; m &lt;= n; empty when m = n. */
    public List<byte[]> consistencyProof(long first, long second) {
        requireSize(second);
        if (first < 1 || first > second) {
            throw new IllegalArgumentException("a consistency proof needs 0 < first <= second: " + first + ", " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof((int) first, 0, (int) second, true, proof);
        return proof;
    }

    /** MTH(D[lo:hi]) for 0 <= lo < hi <= size. */
    byte[] hash(int lo, int hi) {
        int n = hi - lo;
        if (Integer.bitCount(n) == 1 && lo % n == 0) {
            int level = Integer.numberOfTrailingZeros(n);
            return levels.get(level).get(lo >> level);
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(hash(lo, lo + k), hash(lo + k, hi));
    }

    private void path(int m, int lo, int hi, List<byte[]> proof) {
        int n = hi - lo;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, lo, lo + k, proof);
            proof.add(hash(lo + k, hi));
        } else {
            path(m - k, lo + k, hi, proof);
            proof.add(hash(lo, lo + k));
        }
    }

    private void subproof(int m, int lo, int hi, boolean complete, List<byte[]> proof) {
        int n = hi - lo;
        if (m == n) {
            if (!complete) {
                proof.add(hash(lo, hi));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, lo, lo + k, complete, proof);
            proof.add(hash(lo + k, hi));
        } else {
            subproof(m - k, lo + k, hi, false, proof);
            proof.add(hash(lo, lo + k));
        }
    }

    /** The largest power of two strictly smaller than n (n >= 2). */
    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private void requireSize(long treeSize) {
        if (treeSize < 0 || treeSize > size()) {
            throw new IllegalArgumentException("tree size " + treeSize + " outside 0.." + size());
        }
    }

    private static void requireIndex(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf " + index + " outside 0.." + (treeSize - 1));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    /** A growable array of 32-byte hashes in one flat byte array. */
    private static final class HashList {
        byte[] data;
        int count;

        HashList(int capacity) {
            data = new byte[capacity * HASH_SIZE];
        }

        void add(byte[] source, int offset) {
            if ((count + 1) * HASH_SIZE > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, HASH_SIZE * 16));
            }
            System.arraycopy(source, offset, data, count * HASH_SIZE, HASH_SIZE);
            count++;
        }

        byte[] get(int index) {
            return Arrays.copyOfRange(data, index * HASH_SIZE, (index + 1) * HASH_SIZE);
        }
    }
}
