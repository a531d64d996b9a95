package io.crowdflow.payment.infrastructure.jpa;

import io.crowdflow.payment.domain.ledger.LedgerEntry;
import io.crowdflow.payment.domain.ledger.PublishedEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Base64;

/** A row of cf_ledger_entry: an entry's fields as they were hashed, and the leaf hash. Never updated. */
@Entity
@Table(name = "cf_ledger_entry")
public class LedgerRecord {

    @Id
    private Long seq;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "from_account", nullable = false, updatable = false)
    private String fromAccount;

    @Column(name = "to_account", nullable = false, updatable = false)
    private String toAccount;

    @Column(nullable = false, updatable = false)
    private String amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "task_id", nullable = false, updatable = false)
    private String taskId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "leaf_hash", nullable = false, updatable = false)
    private String leafHash;

    protected LedgerRecord() {
    }

    LedgerRecord(LedgerEntry entry) {
        this.seq = entry.sequence();
        this.recordedAt = entry.time();
        this.fromAccount = entry.from();
        this.toAccount = entry.to();
        this.amount = entry.amount();
        this.currency = entry.currency();
        this.taskId = entry.taskId();
        this.kind = entry.kind();
        this.leafHash = Base64.getEncoder().encodeToString(entry.leafHash());
    }

    PublishedEntry published() {
        return new PublishedEntry(new LedgerEntry(seq, recordedAt, fromAccount, toAccount, amount, currency, taskId,
                kind), Base64.getDecoder().decode(leafHash));
    }
}
