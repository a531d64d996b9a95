package io.crowdflow.payment.domain;

import io.crowdflow.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One movement of money from one account to another: both sides in one row, so every posting balances
 * to zero by construction. Postings are only ever appended.
 */
@Entity
@Table(name = "cf_posting")
public class Posting {

    @Id
    // from a sequence, 50 at a time, so a transaction's rows go in one batch (SequenceIdsMigration)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "posting_ids")
    @SequenceGenerator(name = "posting_ids", sequenceName = "cf_posting_seq", allocationSize = 50)
    private Long id;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "from_account", nullable = false)
    private String fromAccount;

    @Column(name = "to_account", nullable = false)
    private String toAccount;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String currency;

    @Column(name = "task_id")
    private String taskId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "ledger_seq")
    private Long ledgerSeq;

    protected Posting() {
    }

    /** Moves the amount and returns the posting that records it. */
    public static Posting transfer(Account from, Account to, Money amount, String taskId, String reason,
                                   Instant now) {
        Posting posting = debit(from, to.id(), amount, taskId, reason, now);
        posting.credit(to);
        return posting;
    }

    /**
     * The first half of a transfer: the amount leaves {@code from} now (refused if that would take it below
     * zero); {@link #credit} gives it to the account {@code toAccountId} later in the same transaction.
     */
    public static Posting debit(Account from, String toAccountId, Money amount, String taskId, String reason,
                                Instant now) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a posting moves a positive amount: " + amount);
        }
        if (!from.currency().equals(amount.currency()) || !toAccountId.endsWith(":" + amount.currency())) {
            throw new IllegalArgumentException("accounts " + from.id() + " and " + toAccountId + " cannot move "
                    + amount.currency());
        }
        from.withdraw(amount);
        Posting posting = new Posting();
        posting.postedAt = now;
        posting.fromAccount = from.id();
        posting.toAccount = toAccountId;
        posting.amount = amount.amount();
        posting.currency = amount.currency();
        posting.taskId = taskId;
        posting.reason = reason;
        return posting;
    }

    /** The second half of a transfer: the debited amount reaches the account it is for. */
    public void credit(Account to) {
        if (!to.id().equals(toAccount)) {
            throw new IllegalArgumentException("posting to " + toAccount + " cannot credit " + to.id());
        }
        to.deposit(amount());
    }

    public Long id() {
        return id;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public String fromAccount() {
        return fromAccount;
    }

    public String toAccount() {
        return toAccount;
    }

    public Money amount() {
        return new Money(amount, currency);
    }

    public String taskId() {
        return taskId;
    }

    public String reason() {
        return reason;
    }

    /** The sequence of the public ledger entry that records this posting (null before it is recorded). */
    public Long ledgerSeq() {
        return ledgerSeq;
    }

    /** Notes which ledger entry records this posting; once. */
    public void recordedAs(long sequence) {
        if (ledgerSeq != null) {
            throw new IllegalStateException("posting already recorded as ledger entry " + ledgerSeq);
        }
        this.ledgerSeq = sequence;
    }

    /** What kind of movement this is in the public ledger, from the kinds of its two accounts. */
    public EntryKind kind() {
        return EntryKind.of(fromAccount, toAccount);
    }
}
