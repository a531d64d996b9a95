package io.crowdflow.payment.domain;

import io.crowdflow.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** A balance in one currency. Only the external account may go below zero. */
@Entity
@Table(name = "cf_account")
public class Account {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountKind kind;

    @Column(name = "owner_id")
    private String ownerId;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private BigDecimal balance;

    @Version
    private long version;

    protected Account() {
    }

    public Account(AccountKind kind, String ownerId, String currency) {
        this.id = idOf(kind, ownerId, currency);
        this.kind = kind;
        this.ownerId = ownerId;
        this.currency = currency;
        this.balance = Money.zero(currency).amount();
    }

    public static String idOf(AccountKind kind, String ownerId, String currency) {
        return kind.name().toLowerCase() + ":" + ownerId + ":" + currency;
    }

    void withdraw(Money amount) {
        Money after = balance().minus(amount);
        if (after.isNegative() && kind != AccountKind.EXTERNAL) {
            throw new InsufficientFundsException(id, balance(), amount);
        }
        this.balance = after.amount();
    }

    void deposit(Money amount) {
        this.balance = balance().plus(amount).amount();
    }

    public String id() {
        return id;
    }

    public AccountKind kind() {
        return kind;
    }

    public String ownerId() {
        return ownerId;
    }

    public String currency() {
        return currency;
    }

    public Money balance() {
        return new Money(balance, currency);
    }
}
