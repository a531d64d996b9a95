package io.crowdflow.payment.domain;

import io.crowdflow.shared.domain.ConflictException;

public class DepositKeyReusedException extends ConflictException {

    public DepositKeyReusedException(String key) {
        super("the Idempotency-Key " + key + " was already used for a different deposit; "
                + "use a new key for a new deposit");
    }

    @Override
    public String problemSlug() {
        return "idempotency-key-reused";
    }
}
