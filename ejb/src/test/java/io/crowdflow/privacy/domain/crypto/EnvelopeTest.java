package io.crowdflow.privacy.domain.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvelopeTest {

    private static final MasterKey MASTER = MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[32]));
    private final DataKey alice = MASTER.newDataKey("key-alice", "alice");

    @Test
    void sealedTextNamesItsKeyHidesTheTextAndOpensAgain() {
        String stored = Envelope.seal(alice, "{\"cat\": true}");
        assertThat(stored).startsWith("cf1:key-alice:").doesNotContain("cat");
        assertThat(Envelope.keyIdOf(stored)).contains("key-alice");
        assertThat(Envelope.open(alice, stored)).contains("{\"cat\": true}");
    }

    @Test
    void theSameTextSealsDifferentlyEachTimeBecauseTheNonceIsRandom() {
        assertThat(Envelope.seal(alice, "same")).isNotEqualTo(Envelope.seal(alice, "same"));
        byte[] body = Base64.getDecoder().decode(Envelope.seal(alice, "").substring("cf1:key-alice:".length()));
        assertThat(body).hasSize(12 + 16);   // 96-bit nonce, empty text, 128-bit tag
    }

    @Test
    void aDestroyedKeyLeavesTheTextUnreadable() {
        String stored = Envelope.seal(alice, "secret");
        DataKey destroyed = new DataKey(alice.id(), alice.personId(), null);
        assertThat(Envelope.open(destroyed, stored)).isEmpty();
        assertThatThrownBy(() -> Envelope.seal(destroyed, "more")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherPersonsKeyOrAChangedCiphertextDoesNotOpen() {
        String stored = Envelope.seal(alice, "secret");
        DataKey bobUnderAlicesId = new DataKey("key-alice", "bob", MASTER.newDataKey("x", "bob").secret());
        assertThatThrownBy(() -> Envelope.open(bobUnderAlicesId, stored)).isInstanceOf(AesGcm.TamperedException.class);
        char[] chars = stored.toCharArray();
        // inside the ciphertext, not the last base64 character before the padding: a change to that one's
        // low bits only touches padding bits, which decoders ignore (the test failed 1 run in 4 that way)
        int inside = stored.lastIndexOf(':') + 5;
        chars[inside] = chars[inside] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> Envelope.open(alice, new String(chars))).isInstanceOf(AesGcm.TamperedException.class);
    }

    @Test
    void aCiphertextMovedUnderAnotherKeyIdIsRefusedBecauseTheHeaderIsAuthenticated() {
        DataKey sameSecretOtherId = new DataKey("key-other", "alice", alice.secret());
        String stored = Envelope.seal(alice, "secret").replace("cf1:key-alice:", "cf1:key-other:");
        assertThatThrownBy(() -> Envelope.open(sameSecretOtherId, stored)).isInstanceOf(AesGcm.TamperedException.class);
    }

    @Test
    void plainTextOfOldRowsIsNotTakenForAnEnvelope() {
        assertThat(Envelope.keyIdOf("{\"cat\": true}")).isEmpty();
        assertThat(Envelope.keyIdOf(Envelope.ERASED)).isEmpty();
        assertThat(Envelope.keyIdOf(null)).isEmpty();
    }

    @Test
    void unicodeSurvivesTheRoundTrip() {
        String text = "Ünïcødé ✓ 猫";
        assertThat(Envelope.open(alice, Envelope.seal(alice, text))).contains(text);
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(text.length());
    }
}
