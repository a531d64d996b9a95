package io.crowdflow.review.domain;

import java.time.Instant;
import java.util.UUID;

import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.privacy.domain.crypto.PersonalText;
import io.crowdflow.privacy.infrastructure.jpa.PersonalTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A rejected worker's dispute of the rejection: filed once per submission, decided once by a reviewer who is
 * not the worker, not the requester and not whoever rejected it; the decision is final.
 */
@Entity
@Table(name = "cf_dispute")
public class Dispute {

    /** Upheld: the rejection is overturned and the work accepted; dismissed: the rejection stands. */
    public enum Outcome { UPHELD, DISMISSED }

    @Id
    private String id;

    @Column(name = "submission_id", nullable = false)
    private String submissionId;

    @Column(name = "task_id", nullable = false)
    private String taskId;

    @Column(name = "worker_id", nullable = false)
    private String workerId;

    /** The worker's own words: encrypted with the worker's data key. */
    @Column(nullable = false)
    @Convert(converter = PersonalTextConverter.class)
    private PersonalText reason;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    /** Who rejected the submission; null when the platform rejected it automatically. */
    @Column(name = "rejected_by")
    private String rejectedBy;

    @Enumerated(EnumType.STRING)
    private Outcome decision;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "reviewer_id")
    private String reviewerId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Dispute() {
    }

    /** Files a dispute of {@code submission}'s rejection. */
    public Dispute(Submission submission, String reason, Instant now) {
        if (submission.decision() != Submission.Decision.REJECT) {
            throw new DisputeNotPossibleException(submission.id(), "only a rejected submission can be disputed");
        }
        this.id = UUID.randomUUID().toString();
        this.submissionId = submission.id();
        this.taskId = submission.taskId();
        this.workerId = submission.workerId();
        this.reason = PersonalText.of(submission.workerId(), reason);
        this.filedAt = now;
        this.rejectedBy = submission.reviewerId();
    }

    /** Decides the dispute, once. */
    public void decide(Outcome outcome, String reviewerId, String reason, Instant now) {
        if (decision != null) {
            throw new DisputeAlreadyDecidedException(id);
        }
        this.decision = outcome;
        this.reviewerId = reviewerId;
        this.decisionReason = reason;
        this.decidedAt = now;
    }

    public boolean isOpen() {
        return decision == null;
    }

    public String id() {
        return id;
    }

    public String submissionId() {
        return submissionId;
    }

    public String taskId() {
        return taskId;
    }

    public String workerId() {
        return workerId;
    }

    /** The worker's reason; null when the worker was erased. */
    public String reason() {
        return PersonalText.textOf(reason);
    }

    public Instant filedAt() {
        return filedAt;
    }

    public String rejectedBy() {
        return rejectedBy;
    }

    public Outcome decision() {
        return decision;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String reviewerId() {
        return reviewerId;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
