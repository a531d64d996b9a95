package io.crowdflow.platform.infrastructure.transaction;

import io.crowdflow.shared.application.BeforeCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@link BeforeCommit} on JTA (Narayana in WildFly). The object lives in the transaction synchronization
 * registry; the work at commit is a plain (not interposed) synchronization, so it runs before the interposed
 * ones, among them Hibernate's flush of the persistence context, and may still use the entity manager.
 */
@ApplicationScoped
public class JtaBeforeCommit implements BeforeCommit {

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Resource
    TransactionSynchronizationRegistry registry;

    @Override
    @SuppressWarnings("unchecked")
    public <T> T perTransaction(String key, Supplier<T> create, Consumer<T> atCommit) {
        T existing = (T) registry.getResource(key);
        if (existing != null) {
            return existing;
        }
        T fresh = create.get();
        try {
            transactionManager.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    atCommit.accept(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing: the work is in the transaction or rolled back with it
                }
            });
        } catch (RollbackException e) {
            throw new IllegalStateException("the transaction is already marked for rollback", e);
        } catch (SystemException | NullPointerException e) {
            throw new IllegalStateException("no transaction to run work before its commit", e);
        }
        registry.putResource(key, fresh);
        return fresh;
    }
}
