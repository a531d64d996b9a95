package io.crowdflow.payment.interfaces.json;

import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.LedgerEntry;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Reads what the ledger API publishes (docs/api.md, "The public ledger") back into the objects a verifier checks:
 * entries, signed checkpoints, proof hashes and the signing key. Anyone auditing the ledger reads it this way: the
 * stand-alone verifier ({@code LedgerVerifier}) and the integration tests alike. It sits beside the ledger core, not
 * in it: the core ({@code payment.domain.ledger}) stays plain Java, and this class needs JSON Processing.
 */
public final class PublishedLedger {

    private static final Base64.Decoder BASE64 = Base64.getDecoder();

    private PublishedLedger() {
    }

    /** One element of {@code GET /ledger/entries}' {@code entries}. */
    public static LedgerEntry entryOf(JsonObject e) {
        return new LedgerEntry(e.getJsonNumber("seq").longValue(), Instant.parse(e.getString("time")),
                e.getString("from"), e.getString("to"), e.getString("amount"), e.getString("currency"),
                e.getString("taskId"), e.getString("kind"));
    }

    /** The leaf hash the platform stored with that entry when it appended it. */
    public static byte[] leafHashOf(JsonObject e) {
        return BASE64.decode(e.getString("leafHash"));
    }

    /** A checkpoint as {@code GET /ledger/checkpoints/...} and {@code POST /ledger/checkpoints} answer it. */
    public static Checkpoint.Signed checkpointOf(JsonObject json) {
        return new Checkpoint.Signed(new Checkpoint(json.getJsonNumber("treeSize").longValue(),
                BASE64.decode(json.getString("rootHash")), json.getJsonNumber("timestamp").longValue()),
                BASE64.decode(json.getString("signature")));
    }

    /** The hashes of a proof's field: {@code auditPath} of an inclusion proof, {@code proof} of a consistency proof. */
    public static List<byte[]> hashes(JsonObject json, String field) {
        return json.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(s -> BASE64.decode(s.getString())).toList();
    }

    /** The checkpoints' signing key from {@code GET /ledger/public-key} (Ed25519, X.509 encoded). */
    public static PublicKey publicKeyOf(JsonObject json) {
        if (!Checkpoint.ALGORITHM.equals(json.getString("algorithm"))) {
            throw new IllegalArgumentException("the ledger's key is " + json.getString("algorithm") + ", not "
                    + Checkpoint.ALGORITHM);
        }
        return Checkpoint.publicKeyOf(BASE64.decode(json.getString("key")));
    }
}
