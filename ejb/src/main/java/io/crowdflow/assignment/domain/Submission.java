package io.crowdflow.assignment.domain;

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
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.UUID;

/** A worker's answer to one assignment, and the review decision on it once made. */
@Entity
@DynamicUpdate // changed columns only: unchanged personal text is not encrypted and written again
@Table(name = "cf_submission")
public class Submission {

    public enum Decision { ACCEPT, REJECT }

    @Id
    private String id;

    @Column(name = "assignment_id", nullable = false)
    private String assignmentId;

    @Column(name = "task_id", nullable = false)
    private String taskId;

    @Column(name = "worker_id", nullable = false)
    private String workerId;

    /** The worker's answer, encrypted with the worker's data key. */
    @Column(name = "answer_json")
    @Convert(converter = PersonalTextConverter.class)
    private PersonalText answer;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "reviewer_id")
    private String reviewerId;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Null unless the task is a gold question: whether the answer matched its known answer (judged once). */
    @Column(name = "gold_correct")
    private Boolean goldCorrect;

    @Version
    private long version;

    protected Submission() {
    }

    Submission(Assignment assignment, String answerJson, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.assignmentId = assignment.id();
        this.taskId = assignment.taskId();
        this.workerId = assignment.workerId();
        this.answer = PersonalText.of(workerId, answerJson);
        this.submittedAt = now;
    }

    public void decide(Decision decision, String reviewerId, String reason, Instant now) {
        if (this.decision != null) {
            throw new AlreadyDecidedException(id);
        }
        this.decision = decision;
        this.reviewerId = reviewerId;
        this.decisionReason = reason;
        this.decidedAt = now;
    }

    /** A dispute of this rejection was upheld: the work is accepted after all (review context, issue 4). */
    public void acceptOnDispute(String reviewerId, String reason, Instant now) {
        if (this.decision != Decision.REJECT) {
            throw new IllegalStateException("only a rejected submission can be accepted on dispute: " + id);
        }
        this.decision = Decision.ACCEPT;
        this.reviewerId = reviewerId;
        this.decisionReason = reason;
        this.decidedAt = now;
    }

    /**
     * Records, once, whether this answer to a gold question matched the known answer; a later call changes
     * nothing (the judgement is of the answer, which never changes; a dispute decides payment, not the match).
     */
    public void judgeAgainstGold(boolean correct) {
        if (goldCorrect == null) {
            goldCorrect = correct;
        }
    }

    /** Whether the answer matched the gold question's known answer; null when not judged (not a gold question). */
    public Boolean goldCorrect() {
        return goldCorrect;
    }

    public boolean isAccepted() {
        return decision == Decision.ACCEPT;
    }

    public void removeContent() {
        this.answer = null;
    }

    public String id() {
        return id;
    }

    public String assignmentId() {
        return assignmentId;
    }

    public String taskId() {
        return taskId;
    }

    public String workerId() {
        return workerId;
    }

    /** The answer as JSON text; null once archived, or when the worker was erased. */
    public String answerJson() {
        return PersonalText.textOf(answer);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Decision decision() {
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
