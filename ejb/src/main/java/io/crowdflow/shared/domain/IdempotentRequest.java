package io.crowdflow.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A creating or money-moving call made under an {@code Idempotency-Key}: who made it, which operation, the
 * hash of the request and the id of what it made. A retry with the same key and request answers with that
 * result; the same key with another request is refused.
 */
@Entity
@Table(name = "cf_idempotent_request")
@IdClass(IdempotentRequest.Key.class)
public class IdempotentRequest {

    @Id
    @Column(name = "caller_id")
    private String callerId;

    @Id
    @Column(name = "operation")
    private String operation;

    @Id
    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    @Column(name = "result_id", nullable = false)
    private String resultId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentRequest() {
    }

    public IdempotentRequest(String callerId, String operation, String idempotencyKey, String requestHash,
                             String resultId, Instant createdAt) {
        this.callerId = callerId;
        this.operation = operation;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.resultId = resultId;
        this.createdAt = createdAt;
    }

    /** The id of what the first request made; refused when this request is not the first one again. */
    public String resultFor(String hash) {
        if (!requestHash.equals(hash)) {
            throw new IdempotencyKeyReusedException(idempotencyKey);
        }
        return resultId;
    }

    public String callerId() {
        return callerId;
    }

    public String operation() {
        return operation;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public static class Key implements Serializable {
        private String callerId;
        private String operation;
        private String idempotencyKey;

        public Key() {
        }

        public Key(String callerId, String operation, String idempotencyKey) {
            this.callerId = callerId;
            this.operation = operation;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.callerId, callerId) && Objects.equals(k.operation, operation)
                    && Objects.equals(k.idempotencyKey, idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(callerId, operation, idempotencyKey);
        }
    }
}
