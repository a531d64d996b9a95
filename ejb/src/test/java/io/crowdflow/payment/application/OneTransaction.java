package io.crowdflow.payment.application;

import io.crowdflow.shared.application.BeforeCommit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@link BeforeCommit} for tests: one transaction at a time, committed when the test says so. */
class OneTransaction implements BeforeCommit {

    private final Map<String, Object> resources = new LinkedHashMap<>();
    private final List<Runnable> atCommit = new ArrayList<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> T perTransaction(String key, Supplier<T> create, Consumer<T> work) {
        return (T) resources.computeIfAbsent(key, k -> {
            T fresh = create.get();
            atCommit.add(() -> work.accept(fresh));
            return fresh;
        });
    }

    /** Runs the work registered for commit, then starts the next transaction. */
    void commit() {
        atCommit.forEach(Runnable::run);
        atCommit.clear();
        resources.clear();
    }

    /** Forgets the work registered for commit, as a rollback does. */
    void rollback() {
        atCommit.clear();
        resources.clear();
    }
}
