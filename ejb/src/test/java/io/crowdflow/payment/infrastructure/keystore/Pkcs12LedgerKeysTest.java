package io.crowdflow.payment.infrastructure.keystore;

import io.crowdflow.payment.domain.ledger.Checkpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Pkcs12LedgerKeysTest {

    @TempDir
    Path dir;

    @Test
    void keysAreCreatedOnFirstUseAndTheSameAfterwards() {
        Path file = dir.resolve("sub/ledger.p12");
        Pkcs12LedgerKeys.Keys first = Pkcs12LedgerKeys.loadOrCreate(file, "pw".toCharArray());
        Pkcs12LedgerKeys.Keys again = Pkcs12LedgerKeys.loadOrCreate(file, "pw".toCharArray());

        assertThat(Files.exists(file)).isTrue();
        assertThat(again.publicKey().getEncoded()).isEqualTo(first.publicKey().getEncoded());
        assertThat(again.pseudonymKey().getEncoded()).isEqualTo(first.pseudonymKey().getEncoded());
        Checkpoint.Signed signed = new Checkpoint(1, new byte[32], 1).sign(again.signingKey());
        assertThat(signed.verify(first.publicKey())).isTrue();
        assertThat(first.publicKey().getAlgorithm()).isIn("Ed25519", "EdDSA");
    }

    @Test
    void aWrongPasswordIsAClearError() {
        Path file = dir.resolve("ledger.p12");
        Pkcs12LedgerKeys.loadOrCreate(file, "pw".toCharArray());
        assertThatThrownBy(() -> Pkcs12LedgerKeys.loadOrCreate(file, "other".toCharArray()))
                .hasMessageContaining("crowdflow.ledger.keystore-password");
    }
}
