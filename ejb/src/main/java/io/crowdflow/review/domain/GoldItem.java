package io.crowdflow.review.domain;

import io.crowdflow.identity.domain.Person;
import io.crowdflow.privacy.domain.crypto.PersonalText;
import io.crowdflow.privacy.infrastructure.jpa.PersonalTextConverter;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.Money;
import io.crowdflow.task.domain.ReviewPlan;
import io.crowdflow.task.domain.TaskDraft;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A control item a requester attached to one of their task types: the work a worker sees (as a task shows it)
 * and its known answer. Gold mixing makes a task of it, with one slot, for one worker at a time
 * ({@link #draft()}); the worker cannot tell it from ordinary work until its known answer has decided it. Its
 * requester or an admin may {@link #withdraw withdraw} it.
 */
@Entity
@Table(name = "cf_gold_item")
public class GoldItem {

    public static final int MAX_REASON = 2000;

    @Id
    private String id;

    @Column(name = "requester_id", nullable = false, updatable = false)
    private String requesterId;

    @Column(name = "task_type", nullable = false, updatable = false)
    private String type;

    private String title;

    @Convert(converter = PersonalTextConverter.class)
    private PersonalText instructions;

    @Column(name = "reward_amount", nullable = false)
    private BigDecimal rewardAmount;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private String deadline;

    @Column(nullable = false)
    private String skills;

    @Column(name = "input_json")
    @Convert(converter = PersonalTextConverter.class)
    private PersonalText input;

    @Column(nullable = false)
    private String answer;

    private String region;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawal_reason")
    private String withdrawalReason;

    @Version
    private long version;

    protected GoldItem() {
    }

    /** From a validated draft of a gold question with one slot (its {@code goldAnswer} is the known answer). */
    public GoldItem(String requesterId, TaskDraft draft, Instant now) {
        if (!draft.review().isGold()) {
            throw new IllegalArgumentException("a gold item needs its known answer");
        }
        this.id = UUID.randomUUID().toString();
        this.requesterId = Objects.requireNonNull(requesterId);
        this.type = draft.type();
        this.title = draft.title();
        this.instructions = PersonalText.of(requesterId, draft.instructions());
        this.rewardAmount = draft.reward().amount();
        this.currency = draft.reward().currency();
        this.deadline = draft.deadline().toString();
        this.skills = Person.joinSkills(draft.skills());
        this.input = PersonalText.of(requesterId, draft.inputJson());
        this.answer = draft.review().goldAnswer();
        this.region = draft.region();
        this.createdAt = now;
    }

    /**
     * Withdraws the item: gold mixing never gives it to anyone again, while the tasks already made of it keep their
     * known answer (their workers' answers are judged by it as before). Who withdrew it, when and why stay with it.
     *
     * @throws InvalidRequestException            without a reason, or one longer than {@value #MAX_REASON} characters
     * @throws GoldItemAlreadyWithdrawnException  when it was withdrawn before (that withdrawal stands)
     */
    public void withdraw(String by, String reason, Instant now) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "is required: why the gold item is withdrawn, at most "
                    + MAX_REASON + " characters");
        }
        if (isWithdrawn()) {
            throw new GoldItemAlreadyWithdrawnException(id, withdrawnAt);
        }
        this.withdrawnAt = Objects.requireNonNull(now);
        this.withdrawnBy = Objects.requireNonNull(by);
        this.withdrawalReason = why;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public boolean isOwnedBy(String subject) {
        return requesterId.equals(subject);
    }

    /** {@code active} (mixed in when due) or {@code withdrawn}. */
    public String state() {
        return isWithdrawn() ? "withdrawn" : "active";
    }

    /** When it was withdrawn; null while active. */
    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    /** The subject of the requester or admin who withdrew it; null while active. */
    public String withdrawnBy() {
        return withdrawnBy;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    /** The task gold mixing makes of it: one slot, the known answer, what the requester wrote. */
    public TaskDraft draft() {
        return new TaskDraft(title, instructions(), type, reward(), 1, Duration.parse(deadline), skills(),
                inputJson(), new ReviewPlan(null, null, 1, answer), region);
    }

    public String id() {
        return id;
    }

    public String requesterId() {
        return requesterId;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String instructions() {
        return PersonalText.textOf(instructions);
    }

    public Money reward() {
        return new Money(rewardAmount, currency);
    }

    public Duration deadline() {
        return Duration.parse(deadline);
    }

    public List<String> skills() {
        return Person.splitSkills(skills);
    }

    public String inputJson() {
        return PersonalText.textOf(input);
    }

    public String answer() {
        return answer;
    }

    public String region() {
        return region;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
