package io.crowdflow.payment.domain.ledger;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointTest {

    static KeyPair keys() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    @Test
    void signedBytesAreTheFourDocumentedLines() {
        Checkpoint checkpoint = new Checkpoint(3, new byte[32], 1735689600000L);
        assertThat(new String(checkpoint.signedBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "crowdflow-ledger-checkpoint/v1\n3\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n1735689600000\n");
    }

    @Test
    void aSignedCheckpointVerifiesWithItsPublicKeyOnly() throws Exception {
        KeyPair keys = keys();
        Checkpoint.Signed signed = new Checkpoint(3, new byte[32], 1L).sign(keys.getPrivate());
        assertThat(signed.verify(Checkpoint.publicKeyOf(keys.getPublic().getEncoded()))).isTrue();
        assertThat(signed.verify(keys().getPublic())).isFalse();
    }

    @Test
    void aChangedSizeRootOrTimeBreaksTheSignature() throws Exception {
        KeyPair keys = keys();
        Checkpoint.Signed signed = new Checkpoint(3, new byte[32], 1L).sign(keys.getPrivate());
        byte[] otherRoot = new byte[32];
        otherRoot[5] = 1;
        assertThat(new Checkpoint.Signed(new Checkpoint(4, new byte[32], 1L), signed.signature())
                .verify(keys.getPublic())).isFalse();
        assertThat(new Checkpoint.Signed(new Checkpoint(3, otherRoot, 1L), signed.signature())
                .verify(keys.getPublic())).isFalse();
        assertThat(new Checkpoint.Signed(new Checkpoint(3, new byte[32], 2L), signed.signature())
                .verify(keys.getPublic())).isFalse();
    }

    @Test
    void keyIdIsSixteenHexDigits() throws Exception {
        assertThat(Checkpoint.keyIdOf(keys().getPublic())).matches("[0-9a-f]{16}");
    }
}
