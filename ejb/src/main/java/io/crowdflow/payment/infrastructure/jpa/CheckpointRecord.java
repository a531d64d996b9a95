package io.crowdflow.payment.infrastructure.jpa;

import io.crowdflow.payment.domain.ledger.Checkpoint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Base64;

/** A row of cf_ledger_checkpoint: a signed tree head. */
@Entity
@Table(name = "cf_ledger_checkpoint")
public class CheckpointRecord {

    @Id
    @Column(name = "tree_size")
    private Long treeSize;

    @Column(name = "root_hash", nullable = false, updatable = false)
    private String rootHash;

    @Column(name = "signed_at_ms", nullable = false, updatable = false)
    private long signedAtMillis;

    @Column(nullable = false, updatable = false)
    private String signature;

    @Column(name = "key_id", nullable = false, updatable = false)
    private String keyId;

    protected CheckpointRecord() {
    }

    CheckpointRecord(Checkpoint.Signed signed, String keyId) {
        this.treeSize = signed.checkpoint().treeSize();
        this.rootHash = Base64.getEncoder().encodeToString(signed.checkpoint().rootHash());
        this.signedAtMillis = signed.checkpoint().timestampMillis();
        this.signature = Base64.getEncoder().encodeToString(signed.signature());
        this.keyId = keyId;
    }

    Checkpoint.Signed signed() {
        return new Checkpoint.Signed(new Checkpoint(treeSize, Base64.getDecoder().decode(rootHash), signedAtMillis),
                Base64.getDecoder().decode(signature));
    }
}
