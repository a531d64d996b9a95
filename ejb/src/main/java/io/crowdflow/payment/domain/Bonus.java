package io.crowdflow.payment.domain;

import io.crowdflow.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A requester's bonus to a worker who worked on their task, paid from the requester's balance. */
@Entity
@Table(name = "cf_bonus")
public class Bonus {

    public static final int MAX_REASON = 2000;

    @Id
    private String id;

    @Column(name = "task_id", nullable = false)
    private String taskId;

    @Column(name = "requester_id", nullable = false)
    private String requesterId;

    @Column(name = "worker_id", nullable = false)
    private String workerId;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private String reason;

    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;

    protected Bonus() {
    }

    public Bonus(String taskId, String requesterId, String workerId, Money amount, String reason, Instant paidAt) {
        this.id = UUID.randomUUID().toString();
        this.taskId = taskId;
        this.requesterId = requesterId;
        this.workerId = workerId;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.reason = reason;
        this.paidAt = paidAt;
    }

    public String id() {
        return id;
    }

    public String taskId() {
        return taskId;
    }

    public String requesterId() {
        return requesterId;
    }

    public String workerId() {
        return workerId;
    }

    public Money amount() {
        return new Money(amount, currency);
    }

    public String reason() {
        return reason;
    }

    public Instant paidAt() {
        return paidAt;
    }
}
