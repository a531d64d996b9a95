package io.crowdflow.bench.ledger;

import io.crowdflow.payment.domain.ledger.Checkpoint;
import io.crowdflow.payment.domain.ledger.LedgerAudit;
import io.crowdflow.payment.domain.ledger.LedgerEntry;
import io.crowdflow.payment.domain.ledger.MerkleProofs;
import io.crowdflow.payment.domain.ledger.MerkleTree;
import io.crowdflow.payment.interfaces.json.PublishedLedger;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Verifies Crowdflow's public ledger without trusting the platform (docs/ledger.md, "Verifying"):
 * the checkpoint signatures with the published (optionally pinned) key, every entry against its leaf
 * hash, the whole tree against the latest signed root, and every earlier checkpoint as a prefix of it
 * (its root recomputed, and the platform's RFC 6962 consistency proof). On tampering it names the first
 * bad entry.
 * <pre>
 * LedgerVerifier &lt;api-base-url&gt; &lt;bearer-token&gt; [--pin &lt;keyId&gt;] [--save &lt;dir&gt;]
 * LedgerVerifier --dir &lt;dir&gt; [--pin &lt;keyId&gt;]
 * </pre>
 * The URL and token may come from {@code CROWDFLOW_API} and {@code CROWDFLOW_TOKEN}. Exit code 0: the
 * ledger verifies; 1: it does not; 2: usage or connection error.
 */
public final class LedgerVerifier {

    static final int PAGE = 1000;

    private LedgerVerifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        String api = System.getenv("CROWDFLOW_API");
        String token = System.getenv("CROWDFLOW_TOKEN");
        Path dir = null;
        Path save = null;
        String pin = null;
        List<String> positional = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--dir" -> dir = Path.of(args[++i]);
                    case "--save" -> save = Path.of(args[++i]);
                    case "--pin" -> pin = args[++i];
                    case "-h", "--help" -> {
                        return usage(out);
                    }
                    default -> positional.add(args[i]);
                }
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            return usage(out);
        }
        if (positional.size() > 0) {
            api = positional.get(0);
        }
        if (positional.size() > 1) {
            token = positional.get(1);
        }
        if (dir == null && (api == null || token == null)) {
            return usage(out);
        }
        LedgerSource source = dir != null ? new DirectoryLedgerSource(dir) : new HttpLedgerSource(api, token);
        try {
            return verify(source, dir == null, pin, save, out) ? 0 : 1;
        } catch (RuntimeException | IOException e) {
            out.println("ERROR: " + e.getMessage());
            return 2;
        }
    }

    /** True when everything verifies; prints what it checked and, if anything fails, what. */
    static boolean verify(LedgerSource source, boolean online, String pin, Path save, PrintStream out)
            throws IOException {
        JsonObject keyJson = source.publicKey();
        PublicKey key = PublishedLedger.publicKeyOf(keyJson);
        String keyId = Checkpoint.keyIdOf(key);
        out.println("public key " + keyId + (pin == null ? " (not pinned: pass --pin " + keyId + " next time)" : ""));
        if (pin != null && !pin.equalsIgnoreCase(keyId)) {
            out.println("FAIL: the published key " + keyId + " is not the pinned key " + pin);
            return false;
        }
        JsonArray checkpointJson = source.checkpoints();
        List<Checkpoint.Signed> checkpoints = new ArrayList<>(checkpointJson.getValuesAs(JsonObject.class).stream()
                .map(PublishedLedger::checkpointOf).toList());
        if (checkpoints.isEmpty()) {
            out.println("FAIL: the platform has signed no checkpoint yet");
            return false;
        }
        checkpoints.sort(Comparator.comparingLong((Checkpoint.Signed c) -> c.checkpoint().treeSize()).reversed());
        Checkpoint.Signed latest = checkpoints.get(0);
        long size = latest.checkpoint().treeSize();

        List<JsonObject> entryJson = new ArrayList<>();
        while (entryJson.size() < size) {
            JsonArray page = source.entries(entryJson.size(), PAGE);
            if (page.isEmpty()) {
                break;
            }
            entryJson.addAll(page.getValuesAs(JsonObject.class));
        }
        List<LedgerEntry> entries = new ArrayList<>();
        List<byte[]> leafHashes = new ArrayList<>();
        for (int i = 0; i < Math.min(entryJson.size(), size); i++) {
            try {
                entries.add(PublishedLedger.entryOf(entryJson.get(i)));
                leafHashes.add(PublishedLedger.leafHashOf(entryJson.get(i)));
            } catch (RuntimeException e) {
                out.println("TAMPERED: first bad entry " + i + ": it is malformed (" + e.getMessage() + ")");
                return false;
            }
        }
        LedgerAudit.Report report = LedgerAudit.audit(entries, leafHashes, latest, key,
                online ? (from, to) -> PublishedLedger.hashes(source.consistency(from, to), "proof") : null);
        if (!report.intact()) {
            out.println("TAMPERED: " + (report.firstBadSequence() == null ? ""
                    : "first bad entry " + report.firstBadSequence() + ": ") + report.finding());
            return false;
        }
        out.println("checkpoint " + size + " signed " + Instant.ofEpochMilli(latest.checkpoint().timestampMillis())
                + ": signature, " + size + " entries and root hash verify");

        MerkleTree tree = new MerkleTree();
        entries.forEach(e -> tree.appendLeafHash(e.leafHash()));
        List<JsonObject> consistencyJson = new ArrayList<>();
        for (Checkpoint.Signed earlier : checkpoints.subList(1, checkpoints.size())) {
            long m = earlier.checkpoint().treeSize();
            if (!earlier.verify(key)) {
                out.println("FAIL: the signature of checkpoint " + m + " does not verify");
                return false;
            }
            if (m == 0 || m == size) {
                continue;
            }
            if (!java.util.Arrays.equals(tree.rootHash(m), earlier.checkpoint().rootHash())) {
                out.println("FAIL: checkpoint " + m + " is not a prefix of checkpoint " + size
                        + ": the history was rewritten (a fork)");
                return false;
            }
            JsonObject proof = source.consistency(m, size);
            consistencyJson.add(proof);
            if (!MerkleProofs.verifyConsistency(m, size, earlier.checkpoint().rootHash(),
                    latest.checkpoint().rootHash(), PublishedLedger.hashes(proof, "proof"))) {
                out.println("FAIL: the consistency proof " + m + " -> " + size + " does not verify");
                return false;
            }
        }
        out.println((checkpoints.size() - 1) + " earlier checkpoints verify and are consistent with checkpoint " + size);
        if (save != null) {
            DirectoryLedgerSource.save(save, keyJson, checkpointJson, entryJson.subList(0, (int) size), consistencyJson);
            out.println("saved to " + save);
        }
        out.println("OK");
        return true;
    }

    private static int usage(PrintStream out) {
        out.println("usage: LedgerVerifier <api-base-url> <bearer-token> [--pin <keyId>] [--save <dir>]");
        out.println("       LedgerVerifier --dir <dir> [--pin <keyId>]");
        out.println("  CROWDFLOW_API and CROWDFLOW_TOKEN may replace the URL and the token.");
        out.println("  exit code 0: verified; 1: not verified (the first bad entry is named); 2: error");
        return 2;
    }
}
