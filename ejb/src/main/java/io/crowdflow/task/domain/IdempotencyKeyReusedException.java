package io.crowdflow.task.domain;

/** A task's {@code Idempotency-Key} came back with another task. */
public class IdempotencyKeyReusedException extends io.crowdflow.shared.domain.IdempotencyKeyReusedException {

    public IdempotencyKeyReusedException(String key) {
        super(key);
    }
}
