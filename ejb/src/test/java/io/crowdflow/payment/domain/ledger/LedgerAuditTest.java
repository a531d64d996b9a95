package io.crowdflow.payment.domain.ledger;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerAuditTest {

    private final KeyPair keys = keys();

    @Test
    void anUntouchedLedgerVerifies() {
        List<LedgerEntry> entries = entries(37);
        MerkleTree tree = treeOf(entries);
        LedgerAudit.Report report = LedgerAudit.audit(entries, leaves(entries), signed(tree, 37), keys.getPublic(),
                tree::consistencyProof);
        assertThat(report.intact()).as(report.finding()).isTrue();
        assertThat(report.checkedEntries()).isEqualTo(37);
    }

    @Test
    void anEntryChangedWithoutItsLeafHashIsNamed() {
        List<LedgerEntry> entries = entries(37);
        MerkleTree tree = treeOf(entries);
        List<byte[]> published = leaves(entries);
        entries.set(21, withAmount(entries.get(21), "999.0000"));
        LedgerAudit.Report report = LedgerAudit.audit(entries, published, signed(tree, 37), keys.getPublic(), null);
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBadSequence()).isEqualTo(21L);
    }

    @Test
    void anEntryChangedWithItsLeafHashIsNamedByBisection() {
        List<LedgerEntry> entries = entries(1000);
        MerkleTree honest = treeOf(entries);
        Checkpoint.Signed checkpoint = signed(honest, 1000);
        for (int bad : new int[]{1, 2, 500, 511, 512, 998, 999}) {
            List<LedgerEntry> tampered = new ArrayList<>(entries);
            tampered.set(bad, withAmount(entries.get(bad), "999.0000"));
            LedgerAudit.Report report = LedgerAudit.audit(tampered, leaves(tampered), checkpoint, keys.getPublic(),
                    honest::consistencyProof);
            assertThat(report.intact()).isFalse();
            assertThat(report.firstBadSequence()).as(report.finding()).isEqualTo((long) bad);
        }
    }

    @Test
    void aChangedFirstEntryWithItsLeafHashIsReportedWithoutANameWhenProofsCannotTellItFromBadProofs() {
        List<LedgerEntry> entries = entries(16);
        MerkleTree honest = treeOf(entries);
        List<LedgerEntry> tampered = new ArrayList<>(entries);
        tampered.set(0, withAmount(entries.get(0), "999.0000"));
        LedgerAudit.Report report = LedgerAudit.audit(tampered, null, signed(honest, 16), keys.getPublic(),
                honest::consistencyProof);
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBadSequence()).isNull();
        assertThat(report.finding()).contains("entry 0");
        LedgerAudit.Report withLeaves = LedgerAudit.audit(tampered, leaves(entries), signed(honest, 16),
                keys.getPublic(), honest::consistencyProof);
        assertThat(withLeaves.firstBadSequence()).isZero();
    }

    @Test
    void aForgedSignatureIsReported() {
        List<LedgerEntry> entries = entries(3);
        MerkleTree tree = treeOf(entries);
        Checkpoint.Signed forged = new Checkpoint(3, tree.rootHash(3), 5L).sign(keys().getPrivate());
        LedgerAudit.Report report = LedgerAudit.audit(entries, null, forged, keys.getPublic(), null);
        assertThat(report.intact()).isFalse();
        assertThat(report.finding()).contains("signature");
    }

    @Test
    void missingEntriesAreReported() {
        List<LedgerEntry> entries = entries(10);
        MerkleTree tree = treeOf(entries);
        LedgerAudit.Report report = LedgerAudit.audit(entries.subList(0, 8), null, signed(tree, 10),
                keys.getPublic(), null);
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBadSequence()).isEqualTo(8L);
    }

    static List<LedgerEntry> entries(int n) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(new LedgerEntry(i, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i), "from" + (i % 7),
                    "to" + (i % 5), i + ".5000", "USD", "task-" + (i / 3), "payment"));
        }
        return entries;
    }

    private static LedgerEntry withAmount(LedgerEntry e, String amount) {
        return new LedgerEntry(e.sequence(), e.time(), e.from(), e.to(), amount, e.currency(), e.taskId(), e.kind());
    }

    private static MerkleTree treeOf(List<LedgerEntry> entries) {
        MerkleTree tree = new MerkleTree();
        entries.forEach(e -> tree.appendLeafHash(e.leafHash()));
        return tree;
    }

    private static List<byte[]> leaves(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::leafHash).toList();
    }

    private Checkpoint.Signed signed(MerkleTree tree, long size) {
        return new Checkpoint(size, tree.rootHash(size), 1_000L).sign(keys.getPrivate());
    }

    private static KeyPair keys() {
        try {
            return CheckpointTest.keys();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
