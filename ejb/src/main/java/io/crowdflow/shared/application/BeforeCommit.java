package io.crowdflow.shared.application;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Work that waits for the end of the current transaction: a port onto the transaction manager. The payment
 * context uses it to append to the ledger as late as possible, so the ledger head is locked only for the
 * last moments of a transaction (docs/ledger.md, "Storage and concurrency").
 */
public interface BeforeCommit {

    /**
     * The object kept for the current transaction under {@code key}. On first use in a transaction it is made
     * by {@code create}, and {@code atCommit} is registered to run once with it just before the transaction
     * commits (before the persistence context's own flush), in the transaction, on the same connection.
     */
    <T> T perTransaction(String key, Supplier<T> create, Consumer<T> atCommit);
}
