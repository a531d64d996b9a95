package io.crowdflow.payment.interfaces.rest;

import io.crowdflow.payment.application.LedgerService;
import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.LedgerEntry;
import io.crowdflow.payment.domain.ledger.PublishedEntry;
import io.crowdflow.payment.interfaces.json.PublishedLedger;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the ledger API publishes (JSON-B, as WildFly writes it) is what an auditor's {@link PublishedLedger} reads. */
class PublishedLedgerRoundTripTest {

    private static Jsonb jsonb;

    @BeforeAll
    static void jsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void close() throws Exception {
        jsonb.close();
    }

    private static JsonObject published(Object view) {
        return Json.createReader(new StringReader(jsonb.toJson(view))).readObject();
    }

    @Test
    void anEntryReadsBackWithEveryFieldAndTheLeafHashStoredWithIt() {
        LedgerEntry entry = new LedgerEntry(41, Instant.parse("2026-11-26T08:15:30.123456Z"), "escrow:t-1:USD",
                "worker:pseudonym-7:USD", "0.5000", "USD", "t-1", "payment");

        JsonObject json = published(LedgerAssembler.viewOf(new PublishedEntry(entry, entry.leafHash())));

        assertThat(PublishedLedger.entryOf(json)).isEqualTo(entry);
        assertThat(PublishedLedger.leafHashOf(json)).isEqualTo(entry.leafHash());
    }

    @Test
    void aSignedCheckpointAndTheKeyReadBackAndStillVerify() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance(Checkpoint.ALGORITHM).generateKeyPair();
        byte[] root = new byte[32];
        root[3] = 9;
        Checkpoint.Signed signed = new Checkpoint(42, root, 1_764_144_930_000L).sign(keys.getPrivate());

        Checkpoint.Signed read = PublishedLedger.checkpointOf(published(LedgerAssembler.viewOf(signed, "k1")));

        assertThat(read.checkpoint().treeSize()).isEqualTo(42);
        assertThat(read.checkpoint().rootHash()).isEqualTo(root);
        assertThat(read.checkpoint().timestampMillis()).isEqualTo(1_764_144_930_000L);
        assertThat(read.verify(PublishedLedger.publicKeyOf(published(LedgerAssembler.viewOf(keys.getPublic(), "k1")))))
                .isTrue();
    }

    @Test
    void aProofsHashesReadBackInTheirOrder() {
        List<byte[]> proof = List.of(new byte[] {1, 2}, new byte[] {3}, new byte[32]);

        JsonObject json = published(LedgerAssembler.viewOf(
                new LedgerService.ConsistencyProof(3, 8, proof, new byte[32], new byte[32])));

        assertThat(PublishedLedger.hashes(json, "proof")).containsExactlyElementsOf(proof);
    }

    @Test
    void aKeyOfAnotherAlgorithmIsRefusedByName() {
        JsonObject json = Json.createObjectBuilder().add("algorithm", "RSA").add("format", "X.509").add("key", "AA==")
                .build();

        assertThatThrownBy(() -> PublishedLedger.publicKeyOf(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RSA").hasMessageContaining("Ed25519");
    }
}
