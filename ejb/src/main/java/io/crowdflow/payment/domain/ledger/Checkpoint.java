package io.crowdflow.payment.domain.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A tree head: the ledger's size and root hash at a moment. What the platform signs is
 * {@link #signedBytes()} (docs/ledger.md, "Checkpoints").
 *
 * @param treeSize        number of entries covered
 * @param rootHash        MTH of those entries (32 bytes)
 * @param timestampMillis when it was made, milliseconds since the epoch
 */
public record Checkpoint(long treeSize, byte[] rootHash, long timestampMillis) {

    public static final String HEADER = "crowdflow-ledger-checkpoint/v1";
    public static final String ALGORITHM = "Ed25519";

    public Checkpoint {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative");
        }
        if (rootHash == null || rootHash.length != MerkleTree.HASH_SIZE) {
            throw new IllegalArgumentException("a root hash has 32 bytes");
        }
        rootHash = rootHash.clone();
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /**
     * The UTF-8 bytes of four lines, each ending in a line feed (0x0A): the header
     * {@code crowdflow-ledger-checkpoint/v1}, the tree size in decimal, the root hash in standard base64 with
     * padding, the timestamp in decimal milliseconds since the epoch.
     */
    public byte[] signedBytes() {
        return (HEADER + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n"
                + timestampMillis + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public Signed sign(PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(signedBytes());
            return new Signed(this, signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the checkpoint with an " + ALGORITHM + " key", e);
        }
    }

    /** The public key from its X.509 SubjectPublicKeyInfo DER bytes (what the platform publishes in base64). */
    public static PublicKey publicKeyOf(byte[] subjectPublicKeyInfo) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an " + ALGORITHM + " public key", e);
        }
    }

    /** The key's id: the first 8 bytes of SHA-256 over its X.509 DER form, in lower-case hex. */
    public static String keyIdOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint c && c.treeSize == treeSize && c.timestampMillis == timestampMillis
                && Arrays.equals(c.rootHash, rootHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(treeSize) * 31 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "Checkpoint[size=" + treeSize + ", root=" + Base64.getEncoder().encodeToString(rootHash) + ", at="
                + timestampMillis + "]";
    }

    /** A checkpoint with its Ed25519 signature over {@link #signedBytes()}. */
    public record Signed(Checkpoint checkpoint, byte[] signature) {

        public Signed {
            signature = signature.clone();
        }

        @Override
        public byte[] signature() {
            return signature.clone();
        }

        public boolean verify(PublicKey key) {
            try {
                Signature verifier = Signature.getInstance(ALGORITHM);
                verifier.initVerify(key);
                verifier.update(checkpoint.signedBytes());
                return verifier.verify(signature);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }
    }
}
