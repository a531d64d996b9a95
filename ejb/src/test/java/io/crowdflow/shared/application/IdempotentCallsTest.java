package io.crowdflow.shared.application;

import io.crowdflow.shared.domain.IdempotencyKeyReusedException;
import io.crowdflow.shared.domain.IdempotentRequest;
import io.crowdflow.shared.domain.IdempotentRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentCallsTest {

    private final Map<String, IdempotentRequest> stored = new HashMap<>();
    private final Map<String, String> results = new HashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final IdempotentCalls idempotent = new IdempotentCalls();

    @BeforeEach
    void wire() {
        IdempotentRecords records = new IdempotentRecords();
        records.clock = () -> Instant.parse("2025-03-01T10:00:00Z");
        records.requests = new IdempotentRequests() {
            @Override
            public Optional<IdempotentRequest> find(String callerId, String operation, String key) {
                return Optional.ofNullable(stored.get(callerId + "|" + operation + "|" + key));
            }

            @Override
            public void add(IdempotentRequest request) {
                // the unique key of the table: the loser of a race fails here
                stored.merge(keyOf(request), request, (a, b) -> {
                    throw new IllegalStateException("duplicate key");
                });
            }
        };
        idempotent.records = records;
    }

    @Test
    void aRetryWithTheSameKeyAndRequestAnswersTheFirstResultWithoutCallingAgain() {
        var first = idempotent.once("worker-1", "submission", "k", "hash-a", this::submit, id -> id, results::get);
        var again = idempotent.once("worker-1", "submission", "k", "hash-a", this::submit, id -> id, results::get);

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.result()).isEqualTo(first.result());
        assertThat(calls).hasValue(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndNothingIsCalled() {
        idempotent.once("worker-1", "submission", "k", "hash-a", this::submit, id -> id, results::get);

        assertThatThrownBy(() -> idempotent.once("worker-1", "submission", "k", "hash-b", this::submit, id -> id,
                results::get)).isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void keysBelongToOneCallerAndOneOperation() {
        idempotent.once("worker-1", "submission", "k", "hash-a", this::submit, id -> id, results::get);

        assertThat(idempotent.once("worker-2", "submission", "k", "hash-b", this::submit, id -> id, results::get)
                .replayed()).isFalse();
        assertThat(idempotent.once("worker-1", "dispute", "k", "hash-b", this::submit, id -> id, results::get)
                .replayed()).isFalse();
        assertThat(calls).hasValue(3);
    }

    @Test
    void withoutAKeyEveryCallRuns() {
        idempotent.once("worker-1", "submission", null, null, this::submit, id -> id, results::get);
        idempotent.once("worker-1", "submission", null, null, this::submit, id -> id, results::get);

        assertThat(calls).hasValue(2);
        assertThat(stored).isEmpty();
    }

    @Test
    void theLoserOfAConcurrentDuplicateAnswersTheWinnersResult() {
        // the winner commits while the loser is between its look-up and its own record
        Supplier<String> loser = () -> {
            idempotent.records.callAndRemember("worker-1", "submission", "k", "hash-a", this::submit, id -> id);
            throw new IllegalStateException("assignment no longer open");
        };

        var outcome = idempotent.once("worker-1", "submission", "k", "hash-a", loser, id -> id, results::get);

        assertThat(outcome.replayed()).isTrue();
        assertThat(outcome.result()).isEqualTo("result-1");
    }

    @Test
    void aFailureWithoutAnEarlierResultIsTheCallersFailure() {
        Supplier<String> failing = () -> {
            throw new IllegalStateException("assignment no longer open");
        };

        assertThatThrownBy(() -> idempotent.once("worker-1", "submission", "k", "hash-a", failing, id -> id,
                results::get)).hasMessage("assignment no longer open");
        assertThat(stored).isEmpty();
    }

    private String submit() {
        String id = "result-" + calls.incrementAndGet();
        results.put(id, id);
        return id;
    }

    private static String keyOf(IdempotentRequest request) {
        return request.callerId() + "|" + request.operation() + "|" + request.idempotencyKey();
    }
}
