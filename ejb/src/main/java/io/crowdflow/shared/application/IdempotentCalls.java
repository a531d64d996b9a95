package io.crowdflow.shared.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Creating and money-moving calls under an {@code Idempotency-Key} (docs/api.md, "Idempotency"): the same
 * key with the same request answers the first result and changes nothing; with another request it is refused
 * ({@code idempotency-key-reused}). Keys belong to one caller and one operation and do not expire.
 *
 * <p>The race is closed as posting a task closes it: two requests with one key at the same moment both find
 * no earlier result; the first to record its result wins (the record is written at once, on a unique key);
 * the other fails, on the unique key or on the state the first one changed (the assignment is no longer open),
 * and then answers with the winner's result. This bean runs outside any transaction so that the call and the
 * look-up after a failure each have their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotentCalls {

    @Inject
    IdempotentRecords records;

    /**
     * Runs {@code call} once per key: {@code idOf} names its result, {@code load} reads an earlier result by
     * that name. Without a key ({@code null}) every call runs.
     */
    public <T> Outcome<T> once(String callerId, String operation, String key, String requestHash, Supplier<T> call,
                               Function<T, String> idOf, Function<String, T> load) {
        if (key == null) {
            return new Outcome<>(call.get(), false);
        }
        Optional<T> earlier = records.earlier(callerId, operation, key, requestHash, load);
        if (earlier.isPresent()) {
            return new Outcome<>(earlier.get(), true);
        }
        try {
            return new Outcome<>(records.callAndRemember(callerId, operation, key, requestHash, call, idOf), false);
        } catch (RuntimeException e) {
            Optional<T> winner = records.earlier(callerId, operation, key, requestHash, load);
            if (winner.isPresent()) {
                return new Outcome<>(winner.get(), true);
            }
            throw e;
        }
    }

    /** A call's result, and whether it is the result of an earlier request with the same key. */
    public record Outcome<T>(T result, boolean replayed) {
    }
}
