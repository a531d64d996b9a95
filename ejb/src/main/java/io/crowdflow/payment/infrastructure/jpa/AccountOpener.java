package io.crowdflow.payment.infrastructure.jpa;

import io.crowdflow.payment.domain.Account;
import io.crowdflow.payment.domain.AccountKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Creates an empty account in a transaction of its own, so that two transactions opening the same new
 * account at once (two first settlements paying the platform's fee, say) do not fail: one insert wins,
 * the other finds the row. An empty account left behind by a caller that later rolls back is harmless.
 */
@Stateless
public class AccountOpener {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(AccountKind kind, String ownerId, String currency) {
        if (em.find(Account.class, Account.idOf(kind, ownerId, currency)) == null) {
            em.persist(new Account(kind, ownerId, currency));
            em.flush();
        }
    }
}
