package io.crowdflow.task.domain;

import io.crowdflow.shared.domain.ConflictException;

public class IdempotencyKeyReusedException extends ConflictException {

    public IdempotencyKeyReusedException(String key) {
        super("the Idempotency-Key " + key + " was already used for a different request; "
                + "use a new key for a new task");
    }

    @Override
    public String problemSlug() {
        return "idempotency-key-reused";
    }
}
