package io.crowdflow.review.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A worker's reputation on one task type: the accuracy the last aggregation over the type's pooled answers
 * estimated for them, shrunk towards 0.5 while they have few answers, with the figures behind it so the
 * worker can see how it was computed ({@link ReputationEstimate}).
 */
@Entity
@Table(name = "cf_reputation")
@IdClass(Reputation.Key.class)
public class Reputation {

    /** Composite key: worker and task type. */
    public static class Key implements java.io.Serializable {
        private String workerId;
        private String taskType;

        public Key() {
        }

        public Key(String workerId, String taskType) {
            this.workerId = workerId;
            this.taskType = taskType;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(workerId, k.workerId) && Objects.equals(taskType, k.taskType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workerId, taskType);
        }
    }

    @Id
    @Column(name = "worker_id")
    private String workerId;

    @Id
    @Column(name = "task_type")
    private String taskType;

    @Column(name = "estimated_accuracy", nullable = false)
    private double estimatedAccuracy;

    @Column(name = "model_accuracy", nullable = false)
    private double modelAccuracy;

    @Column(nullable = false)
    private int answers;

    @Column(name = "gold_answered", nullable = false)
    private int goldAnswered;

    @Column(name = "gold_correct", nullable = false)
    private int goldCorrect;

    @Column(name = "pooled_answers", nullable = false)
    private int pooledAnswers;

    @Column(nullable = false)
    private String method;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Reputation() {
    }

    public Reputation(String workerId, String taskType) {
        this.workerId = Objects.requireNonNull(workerId);
        this.taskType = Objects.requireNonNull(taskType);
    }

    public void update(ReputationEstimate estimate, Instant at) {
        this.estimatedAccuracy = estimate.estimatedAccuracy();
        this.modelAccuracy = estimate.modelAccuracy();
        this.answers = estimate.answers();
        this.goldAnswered = estimate.goldAnswered();
        this.goldCorrect = estimate.goldCorrect();
        this.pooledAnswers = estimate.pooledAnswers();
        this.method = estimate.method();
        this.updatedAt = at;
    }

    public ReputationEstimate estimate() {
        return new ReputationEstimate(workerId, estimatedAccuracy, modelAccuracy, answers, goldAnswered, goldCorrect,
                pooledAnswers, method);
    }

    public String workerId() {
        return workerId;
    }

    public String taskType() {
        return taskType;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
