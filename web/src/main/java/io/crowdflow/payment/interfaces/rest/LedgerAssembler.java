package io.crowdflow.payment.interfaces.rest;

import io.crowdflow.payment.application.LedgerService;
import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.LedgerEntry;
import io.crowdflow.payment.domain.ledger.PublishedEntry;
import io.crowdflow.shared.domain.InvalidRequestException;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** Ledger objects to their JSON views, and the endpoints' numeric parameters. */
final class LedgerAssembler {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private LedgerAssembler() {
    }

    static LedgerView.CheckpointView viewOf(Checkpoint.Signed signed, String keyId) {
        Checkpoint c = signed.checkpoint();
        return new LedgerView.CheckpointView(c.treeSize(), b64(c.rootHash()), c.timestampMillis(),
                Instant.ofEpochMilli(c.timestampMillis()).toString(), b64(signed.signature()), keyId);
    }

    static LedgerView.EntriesView viewOf(LedgerService.Page page) {
        return new LedgerView.EntriesView(page.from(), page.treeSize(),
                page.entries().stream().map(LedgerAssembler::viewOf).toList());
    }

    static LedgerView.EntryView viewOf(PublishedEntry published) {
        LedgerEntry e = published.entry();
        return new LedgerView.EntryView(e.sequence(), e.time().toString(), e.from(), e.to(), e.amount(),
                e.currency(), e.taskId(), e.kind(), b64(published.leafHash()));
    }

    static LedgerView.InclusionProofView viewOf(LedgerService.InclusionProof proof) {
        return new LedgerView.InclusionProofView(proof.seq(), proof.treeSize(), b64(proof.leafHash()),
                b64(proof.auditPath()), b64(proof.rootHash()));
    }

    static LedgerView.ConsistencyProofView viewOf(LedgerService.ConsistencyProof proof) {
        return new LedgerView.ConsistencyProofView(proof.from(), proof.to(), b64(proof.fromRoot()),
                b64(proof.toRoot()), b64(proof.proof()));
    }

    static LedgerView.PublicKeyView viewOf(PublicKey key, String keyId) {
        return new LedgerView.PublicKeyView(Checkpoint.ALGORITHM, "X.509", b64(key.getEncoded()), keyId);
    }

    /** A whole number parameter, or its default when absent; a clear 400 otherwise. */
    static long number(String name, String value, Long fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new InvalidRequestException(name, "is required: a whole number");
            }
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a whole number: " + value);
        }
    }

    private static String b64(byte[] bytes) {
        return BASE64.encodeToString(bytes);
    }

    private static List<String> b64(List<byte[]> hashes) {
        return hashes.stream().map(LedgerAssembler::b64).toList();
    }
}
