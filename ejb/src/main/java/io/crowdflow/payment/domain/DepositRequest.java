package io.crowdflow.payment.domain;

import io.crowdflow.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A deposit made under an {@code Idempotency-Key}: the request's hash and the result it had, so a retry
 * with the same key and request gets the first result and moves no money.
 */
@Entity
@Table(name = "cf_deposit_request")
@IdClass(DepositRequest.Key.class)
public class DepositRequest {

    @Id
    @Column(name = "admin_id")
    private String adminId;

    @Id
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    @Column(name = "account_id", nullable = false)
    private String accountId;

    @Column(name = "balance_after", nullable = false)
    private BigDecimal balanceAfter;

    @Column(nullable = false)
    private String currency;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DepositRequest() {
    }

    public DepositRequest(String adminId, String idempotencyKey, String requestHash, Account account, Instant now) {
        this.adminId = adminId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.accountId = account.id();
        this.balanceAfter = account.balance().amount();
        this.currency = account.currency();
        this.createdAt = now;
    }

    public boolean isSameRequest(String hash) {
        return requestHash.equals(hash);
    }

    public String adminId() {
        return adminId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String accountId() {
        return accountId;
    }

    public Money balanceAfter() {
        return new Money(balanceAfter, currency);
    }

    public static class Key implements Serializable {
        private String adminId;
        private String idempotencyKey;

        public Key() {
        }

        public Key(String adminId, String idempotencyKey) {
            this.adminId = adminId;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.adminId, adminId)
                    && Objects.equals(k.idempotencyKey, idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(adminId, idempotencyKey);
        }
    }
}
