package io.crowdflow.task.domain;

import io.crowdflow.shared.domain.InvalidRequestException;

import java.util.regex.Pattern;

/**
 * The client's {@code Idempotency-Key} with a hash of the request it came with: the same key with the
 * same request is a replay; the same key with another request is refused.
 */
public record IdempotencyKey(String value, String requestHash) {

    private static final Pattern FORM = Pattern.compile("[\\x21-\\x7e]{1,255}");

    public IdempotencyKey {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidRequestException("Idempotency-Key",
                    "1-255 visible ASCII characters (a UUID is a good choice)");
        }
    }
}
