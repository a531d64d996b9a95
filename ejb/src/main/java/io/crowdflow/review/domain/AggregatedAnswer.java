package io.crowdflow.review.domain;

import java.time.Instant;

import io.crowdflow.privacy.domain.crypto.PersonalText;
import io.crowdflow.privacy.infrastructure.jpa.PersonalTextConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A task's aggregated answer as automatic review computed it ({@link AutomaticReview.Aggregate}), kept so that
 * the requester can read it with the task's results without aggregating again. The label is the task's result
 * (for a free-text task, a worker's text): it is sealed with the requester's data key, and retention removes it
 * with the rest of the content.
 */
@Entity
@Table(name = "cf_aggregated_answer")
public class AggregatedAnswer {

    static final int MAX_EVIDENCE = 2000;

    @Id
    @Column(name = "task_id")
    private String taskId;

    @Column(nullable = false)
    private String method;

    @Convert(converter = PersonalTextConverter.class)
    private PersonalText label;

    private Double confidence;

    @Column(nullable = false)
    private boolean tied;

    @Column(nullable = false)
    private boolean confident;

    @Column(name = "answers_aggregated", nullable = false)
    private int answersAggregated;

    @Column(nullable = false)
    private int agreeing;

    @Column(name = "target_confidence", nullable = false)
    private double targetConfidence;

    @Column(nullable = false)
    private String evidence;

    @Column(name = "aggregated_at", nullable = false)
    private Instant aggregatedAt;

    @Version
    private long version;

    protected AggregatedAnswer() {
    }

    public AggregatedAnswer(String taskId, String requesterId, AutomaticReview.Aggregate aggregate, Instant at) {
        this.taskId = taskId;
        fill(requesterId, aggregate, at);
    }

    /** A later review of the same task (after one more assignment) aggregated again. */
    public void replaceWith(String requesterId, AutomaticReview.Aggregate aggregate, Instant at) {
        fill(requesterId, aggregate, at);
    }

    private void fill(String requesterId, AutomaticReview.Aggregate aggregate, Instant at) {
        this.method = aggregate.method();
        this.label = PersonalText.of(requesterId, aggregate.label());
        this.confidence = aggregate.confidence();
        this.tied = aggregate.tied();
        this.confident = aggregate.confident();
        this.answersAggregated = aggregate.answers();
        this.agreeing = aggregate.agreeing();
        this.targetConfidence = aggregate.targetConfidence();
        this.evidence = aggregate.evidence().length() <= MAX_EVIDENCE ? aggregate.evidence()
                : aggregate.evidence().substring(0, MAX_EVIDENCE - 1) + "…";
        this.aggregatedAt = at;
    }

    /** Retention archived or purged the task's content: the label goes with it; the figures stay. */
    public void removeContent() {
        this.label = null;
    }

    public String taskId() {
        return taskId;
    }

    public String method() {
        return method;
    }

    /** The aggregated label; null when nothing was aggregated, after retention, or once the requester was erased. */
    public String label() {
        return PersonalText.textOf(label);
    }

    public Double confidence() {
        return confidence;
    }

    public boolean tied() {
        return tied;
    }

    public boolean confident() {
        return confident;
    }

    public int answersAggregated() {
        return answersAggregated;
    }

    public int agreeing() {
        return agreeing;
    }

    public double targetConfidence() {
        return targetConfidence;
    }

    public String evidence() {
        return evidence;
    }

    public Instant aggregatedAt() {
        return aggregatedAt;
    }
}
