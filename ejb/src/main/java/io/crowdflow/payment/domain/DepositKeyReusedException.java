package io.crowdflow.payment.domain;

import io.crowdflow.shared.domain.IdempotencyKeyReusedException;

/** A deposit's {@code Idempotency-Key} came back with another deposit. */
public class DepositKeyReusedException extends IdempotencyKeyReusedException {

    public DepositKeyReusedException(String key) {
        super(key);
    }
}
