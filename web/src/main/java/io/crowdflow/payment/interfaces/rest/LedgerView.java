package io.crowdflow.payment.interfaces.rest;

import java.util.List;

/** What the ledger endpoints answer; every hash and signature is standard base64 (docs/ledger.md). */
public final class LedgerView {

    private LedgerView() {
    }

    /** A signed tree head; {@code timestamp} is milliseconds since the epoch, as signed. */
    public record CheckpointView(long treeSize, String rootHash, long timestamp, String time, String signature,
                                 String keyId) {
    }

    public record EntryView(long seq, String time, String from, String to, String amount, String currency,
                            String taskId, String kind, String leafHash) {
    }

    /** {@code treeSize} is the ledger's size when the page was read. */
    public record EntriesView(long from, long treeSize, List<EntryView> entries) {
    }

    /** RFC 6962 audit path, deepest sibling first; {@code rootHash} is the root it leads to. */
    public record InclusionProofView(long seq, long treeSize, String leafHash, List<String> auditPath,
                                     String rootHash) {
    }

    /** RFC 6962 consistency proof between the trees of {@code from} and {@code to} entries. */
    public record ConsistencyProofView(long from, long to, String fromRootHash, String toRootHash,
                                       List<String> proof) {
    }

    /** The checkpoint key: X.509 SubjectPublicKeyInfo DER in base64. */
    public record PublicKeyView(String algorithm, String format, String key, String keyId) {
    }
}
