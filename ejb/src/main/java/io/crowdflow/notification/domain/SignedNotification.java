package io.crowdflow.notification.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * A notification ready to send: its JSON body, its event id (the same on every retry, for the receiver's
 * de-duplication), the time it was signed (Unix seconds) and the signature
 * {@code sha256=hex(HMAC-SHA256(secret, timestamp + "." + body))}, so a receiver can check both the body and its age.
 */
public record SignedNotification(String eventId, long timestamp, String body, String signature) {

    public static final String SIGNATURE_HEADER = "X-Crowdflow-Signature";
    public static final String EVENT_ID_HEADER = "X-Crowdflow-Event-Id";
    public static final String TIMESTAMP_HEADER = "X-Crowdflow-Timestamp";
    public static final String EVENT_HEADER = "X-Crowdflow-Event";

    public static SignedNotification sign(byte[] secret, String eventId, long timestamp, String body) {
        return new SignedNotification(eventId, timestamp, body, signature(secret, timestamp, body));
    }

    /** The signature a receiver computes to check a notification. */
    public static String signature(byte[] secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
