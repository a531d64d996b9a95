package io.crowdflow.privacy.domain.crypto;

import java.util.Objects;

/**
 * A person's data key as stored: its id (named in every ciphertext header), the person it belongs to,
 * and the AES-256 key bytes, or null once the key was destroyed by erasure.
 */
public record DataKey(String id, String personId, byte[] secret) {

    public DataKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "personId");
        if (secret != null && secret.length != 32) {
            throw new IllegalArgumentException("a data key is 256 bits");
        }
    }

    public boolean destroyed() {
        return secret == null;
    }
}
