package io.crowdflow.privacy.domain.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Wraps and unwraps data keys (AES-256-GCM key wrapping). The wrapped form is bound to the key id and
 * the person, so a wrapped key copied to another row does not unwrap.
 */
public final class MasterKey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;
    private final String fingerprint;

    private MasterKey(byte[] key) {
        this.key = key;
        this.fingerprint = fingerprintOf(key);
    }

    /** From the setting's base64 text; a 256-bit key is required. */
    public static MasterKey fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the master key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("the master key must be 256 bits (32 bytes), not " + bytes.length);
        }
        return new MasterKey(bytes);
    }

    /**
     * Names this key without revealing it: the first 8 bytes of SHA-256 over a label and the key, in hex.
     * Stored beside each wrapped data key, so that a rotation knows which rows still need re-wrapping.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /** A fresh random data key for the person, wrapped; returns (plain key, wrapped base64). */
    public DataKey newDataKey(String keyId, String personId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new DataKey(keyId, personId, secret);
    }

    public String wrap(DataKey dataKey) {
        return Base64.getEncoder().encodeToString(AesGcm.seal(key, dataKey.secret(), binding(dataKey.id(),
                dataKey.personId())));
    }

    public DataKey unwrap(String keyId, String personId, String wrapped) {
        if (wrapped == null) {
            return new DataKey(keyId, personId, null);
        }
        return new DataKey(keyId, personId,
                AesGcm.open(key, Base64.getDecoder().decode(wrapped), binding(keyId, personId)));
    }

    private static byte[] binding(String keyId, String personId) {
        return ("crowdflow-data-key:" + keyId + ":" + personId).getBytes(StandardCharsets.UTF_8);
    }

    private static String fingerprintOf(byte[] key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update("crowdflow-master-key:".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(key), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
