package io.crowdflow.shared.domain;

import java.util.Optional;

/** The calls made under an {@code Idempotency-Key}, per caller and operation. */
public interface IdempotentRequests {

    Optional<IdempotentRequest> find(String callerId, String operation, String idempotencyKey);

    /**
     * Adds the record and writes it at once: a concurrent request with the same key waits for this one's
     * transaction and then fails on the unique key, so that its caller can answer with this one's result.
     */
    void add(IdempotentRequest request);
}
