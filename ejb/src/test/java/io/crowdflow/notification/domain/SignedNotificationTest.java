package io.crowdflow.notification.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SignedNotificationTest {

    static final byte[] SECRET = "a-secret-of-the-receiver".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSignatureIsHmacSha256OfTimestampDotBodyInHex() {
        // computed independently: python3 -c "import hmac,hashlib; print(hmac.new(b'key', b'1.{}', hashlib.sha256).hexdigest())"
        SignedNotification signed = SignedNotification.sign("key".getBytes(StandardCharsets.UTF_8), "e1", 1, "{}");
        assertThat(signed.signature())
                .isEqualTo("sha256=1ba6b8171186efc613e8bcc0cbdab2748f24984d7c5a84faa2637afa0e40d224");
        assertThat(signed.eventId()).isEqualTo("e1");
    }

    @Test
    void aChangedBodyOrTimestampChangesTheSignature() {
        String body = "{\"event\":\"task.settled\"}";
        SignedNotification signed = SignedNotification.sign(SECRET, "e1", 1_700_000_000L, body);
        assertThat(SignedNotification.signature(SECRET, 1_700_000_000L, body)).isEqualTo(signed.signature());
        assertThat(SignedNotification.signature(SECRET, 1_700_000_001L, body)).isNotEqualTo(signed.signature());
        assertThat(SignedNotification.signature(SECRET, 1_700_000_000L, body + " ")).isNotEqualTo(signed.signature());
        assertThat(SignedNotification.signature("another-secret".getBytes(StandardCharsets.UTF_8), 1_700_000_000L,
                body)).isNotEqualTo(signed.signature());
    }
}
