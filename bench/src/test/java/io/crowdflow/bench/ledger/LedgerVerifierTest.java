package io.crowdflow.bench.ledger;

import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.LedgerEntry;
import io.crowdflow.payment.domain.ledger.MerkleTree;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier on saved exports: no server needed. */
class LedgerVerifierTest {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    @TempDir
    Path dir;

    private KeyPair keys;
    private final List<LedgerEntry> entries = new ArrayList<>();
    private final MerkleTree tree = new MerkleTree();

    @BeforeEach
    void export() throws Exception {
        keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        for (int i = 0; i < 2500; i++) {
            LedgerEntry entry = new LedgerEntry(i, Instant.parse("2025-01-01T00:00:00Z").plusMillis(i * 1001L),
                    "acct" + (i % 13), "acct" + (i % 7 + 20), (i + 1) + ".2500", "USD", i % 5 == 0 ? "" : "task-" + i,
                    i % 2 == 0 ? "payment" : "refund");
            entries.add(entry);
            tree.appendLeafHash(entry.leafHash());
        }
        List<JsonObject> checkpoints = List.of(checkpoint(2500), checkpoint(1000), checkpoint(7));
        List<JsonObject> proofs = List.of(proof(1000, 2500), proof(7, 2500));
        DirectoryLedgerSource.save(dir, Json.createObjectBuilder().add("algorithm", "Ed25519").add("format", "X.509")
                        .add("key", BASE64.encodeToString(keys.getPublic().getEncoded())).build(),
                DirectoryLedgerSource.arrayOf(checkpoints), entries.stream().map(LedgerVerifierTest::json).toList(),
                proofs);
    }

    @Test
    void anUntouchedExportVerifies() {
        Result result = run("--dir", dir.toString());
        assertThat(result.exit).as(result.out).isZero();
        assertThat(result.out).contains("2500 entries and root hash verify", "2 earlier checkpoints verify", "OK");
    }

    @Test
    void aChangedAmountIsNamed() throws Exception {
        replaceLine(1234, line -> line.replace("\"1235.2500\"", "\"9999.2500\""));
        Result result = run("--dir", dir.toString());
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.out).contains("TAMPERED: first bad entry 1234");
    }

    @Test
    void aDeletedEntryIsNamed() throws Exception {
        replaceLine(40, line -> "");
        Result result = run("--dir", dir.toString());
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.out).contains("first bad entry 40");
    }

    @Test
    void aKeyOtherThanThePinnedOneFails() {
        Result result = run("--dir", dir.toString(), "--pin", "0000000000000000");
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.out).contains("is not the pinned key");
        assertThat(run("--dir", dir.toString(), "--pin", Checkpoint.keyIdOf(keys.getPublic())).exit).isZero();
    }

    @Test
    void missingArgumentsAreAUsageError() {
        assertThat(run().exit).isEqualTo(2);
    }

    private JsonObject checkpoint(long size) {
        Checkpoint.Signed signed = new Checkpoint(size, tree.rootHash(size), 1_735_689_600_000L + size)
                .sign(keys.getPrivate());
        return Json.createObjectBuilder().add("treeSize", size)
                .add("rootHash", BASE64.encodeToString(signed.checkpoint().rootHash()))
                .add("timestamp", signed.checkpoint().timestampMillis())
                .add("signature", BASE64.encodeToString(signed.signature())).build();
    }

    private JsonObject proof(long from, long to) {
        var array = Json.createArrayBuilder();
        tree.consistencyProof(from, to).forEach(h -> array.add(BASE64.encodeToString(h)));
        return Json.createObjectBuilder().add("from", from).add("to", to).add("proof", array).build();
    }

    private static JsonObject json(LedgerEntry e) {
        return Json.createObjectBuilder().add("seq", e.sequence()).add("time", e.time().toString())
                .add("from", e.from()).add("to", e.to()).add("amount", e.amount()).add("currency", e.currency())
                .add("taskId", e.taskId()).add("kind", e.kind())
                .add("leafHash", BASE64.encodeToString(e.leafHash())).build();
    }

    private void replaceLine(int index, java.util.function.UnaryOperator<String> change) throws Exception {
        Path file = dir.resolve("entries.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(index, change.apply(lines.get(index)));
        Files.write(file, lines);
    }

    private static Result run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = LedgerVerifier.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Result(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Result(int exit, String out) {
    }
}
