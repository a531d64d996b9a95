package io.crowdflow.shared.domain;

/** An {@code Idempotency-Key} came back with another request than the one it was first used for. */
public class IdempotencyKeyReusedException extends UnprocessableException {

    public IdempotencyKeyReusedException(String key) {
        super("the Idempotency-Key " + key + " was already used for a different request; "
                + "use a new key for a new request");
    }

    @Override
    public String problemSlug() {
        return "idempotency-key-reused";
    }
}
