package io.crowdflow.shared.application;

import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.IdempotentRequest;
import io.crowdflow.shared.domain.IdempotentRequests;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The transactions of {@link IdempotentCalls}: look up an earlier result; call and record, together. */
@Stateless
public class IdempotentRecords {

    @Inject
    IdempotentRequests requests;

    @Inject
    Clock clock;

    /** The result an earlier request with this key made, read by {@code load}; refused for another request. */
    public <T> Optional<T> earlier(String callerId, String operation, String key, String requestHash,
                                   Function<String, T> load) {
        return requests.find(callerId, operation, key).map(request -> load.apply(request.resultFor(requestHash)));
    }

    /** The call and the record of its result, in one transaction: both happen or neither does. */
    public <T> T callAndRemember(String callerId, String operation, String key, String requestHash, Supplier<T> call,
                                 Function<T, String> idOf) {
        T result = call.get();
        requests.add(new IdempotentRequest(callerId, operation, key, requestHash, idOf.apply(result), clock.now()));
        return result;
    }
}
