package io.crowdflow.web;

import io.crowdflow.task.domain.IdempotencyKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The {@code Idempotency-Key} header of a call with the hash of what the call asks for (docs/api.md). */
public final class RequestKeys {

    private RequestKeys() {
    }

    /**
     * The key (validated: 1-255 visible ASCII characters) with the SHA-256 of the request's parts, or null when
     * the header is absent. The parts are what the call acts on and with, after parsing (path id, body fields).
     */
    public static IdempotencyKey of(String header, String... parts) {
        if (header == null) {
            return null;
        }
        return new IdempotencyKey(header, sha256(String.join("\n", parts)));
    }

    public static String valueOf(IdempotencyKey key) {
        return key == null ? null : key.value();
    }

    public static String hashOf(IdempotencyKey key) {
        return key == null ? null : key.requestHash();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
