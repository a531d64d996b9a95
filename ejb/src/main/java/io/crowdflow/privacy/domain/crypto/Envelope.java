package io.crowdflow.privacy.domain.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The stored form of a personal field: {@code cf1:<key id>:<base64(nonce || ciphertext || tag)>}. The
 * header ({@code cf1:<key id>}) is authenticated as associated data, so a ciphertext moved under another
 * key id does not open.
 */
public final class Envelope {

    static final String VERSION = "cf1";
    /** What is stored in place of a value whose key was destroyed, when its row is written again. */
    public static final String ERASED = "cf1:erased";

    private Envelope() {
    }

    public static String seal(DataKey key, String plaintext) {
        if (key.destroyed()) {
            throw new IllegalStateException("data key " + key.id() + " was destroyed; nothing more is written under it");
        }
        String header = VERSION + ":" + key.id();
        byte[] sealed = AesGcm.seal(key.secret(), plaintext.getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8));
        return header + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    /** The key id the stored text names, or empty when the text is not an envelope (plain text of old rows). */
    public static Optional<String> keyIdOf(String stored) {
        if (stored == null || !stored.startsWith(VERSION + ":")) {
            return Optional.empty();
        }
        int end = stored.indexOf(':', VERSION.length() + 1);
        return end < 0 ? Optional.empty() : Optional.of(stored.substring(VERSION.length() + 1, end));
    }

    /** The plain text, or empty when the key was destroyed. */
    public static Optional<String> open(DataKey key, String stored) {
        String keyId = keyIdOf(stored).orElseThrow(() -> new IllegalArgumentException("not an envelope"));
        if (!keyId.equals(key.id())) {
            throw new IllegalArgumentException("envelope is under key " + keyId + ", not " + key.id());
        }
        if (key.destroyed()) {
            return Optional.empty();
        }
        String header = VERSION + ":" + keyId;
        byte[] sealed = Base64.getDecoder().decode(stored.substring(header.length() + 1));
        return Optional.of(new String(AesGcm.open(key.secret(), sealed, header.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    }
}
