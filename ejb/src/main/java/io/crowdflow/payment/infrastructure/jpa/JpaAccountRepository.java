package io.crowdflow.payment.infrastructure.jpa;

import io.crowdflow.payment.domain.Account;
import io.crowdflow.payment.domain.AccountKind;
import io.crowdflow.payment.domain.AccountRepository;
import io.crowdflow.payment.domain.Bonus;
import io.crowdflow.payment.domain.DepositRequest;
import io.crowdflow.payment.domain.Posting;
import io.crowdflow.platform.infrastructure.persistence.NativeQueries;
import io.crowdflow.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "crowdflow")
    EntityManager em;

    @Override
    public void openMissing(List<Account> wanted) {
        if (wanted.isEmpty()) {
            return;
        }
        if (wanted.stream().allMatch(a -> a.kind() == AccountKind.ESCROW)) {
            // a task's escrow is opened by that task's own escrow step, once: the step runs while the task is
            // posted and moves it on in the same transaction, so there is no earlier escrow to look for
            notIn(Set.of(), wanted).forEach(em::persist);
            em.flush();
            return;
        }
        List<Account> missing = notIn(existing(wanted), wanted);
        if (missing.isEmpty()) {
            return;
        }
        em.createNativeQuery("select id from cf_account_creation_lock where id = 1 for update").getResultList();
        // read committed: an account created by the previous holder of the lock is visible now
        notIn(existing(missing), missing).forEach(em::persist);
        em.flush();
    }

    /** The accounts whose ids are not among these, each id once. */
    private static List<Account> notIn(Set<String> ids, List<Account> accounts) {
        Set<String> seen = new HashSet<>(ids);
        return accounts.stream().filter(a -> seen.add(a.id())).toList();
    }

    /**
     * Which of these accounts exist, in one read, without making them managed entities: an account read
     * without a lock and locked later in the same transaction would be locked with a version check, which fails
     * when another transaction changed it in between (a 409 where waiting for the lock is right). In SQL, because a
     * list parameter makes Hibernate translate JPQL again at every call ({@link NativeQueries}).
     */
    @SuppressWarnings("unchecked")
    private Set<String> existing(List<Account> accounts) {
        return Set.copyOf((List<String>) em.createNativeQuery("select id from cf_account where id in (?1)")
                .setHint(NativeQueries.READS, Account.class)
                .setParameter(1, accounts.stream().map(Account::id).toList()).getResultList());
    }

    @Override
    public Optional<Account> lock(String accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Money balanceOf(AccountKind kind, String ownerId, String currency) {
        // a scalar read: the entity stays unmanaged, so a later lock in this transaction waits instead of
        // failing on a version changed in between
        return em.createQuery("select a.balance from Account a where a.id = :id", java.math.BigDecimal.class)
                .setParameter("id", Account.idOf(kind, ownerId, currency)).getResultStream().findFirst()
                .map(balance -> new Money(balance, currency)).orElse(Money.zero(currency));
    }

    @Override
    public List<Account> ownedBy(String ownerId) {
        return em.createQuery("select a from Account a where a.ownerId = :owner order by a.id", Account.class)
                .setParameter("owner", ownerId).getResultList();
    }

    @Override
    public void append(Posting posting) {
        em.persist(posting);
    }

    @Override
    public List<Posting> postingsOf(List<String> accountIds, int limit) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Posting p where p.fromAccount in :ids or p.toAccount in :ids "
                        + "order by p.postedAt desc, p.id desc", Posting.class)
                .setParameter("ids", accountIds).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<DepositRequest> depositRequest(String adminId, String idempotencyKey) {
        return Optional.ofNullable(em.find(DepositRequest.class, new DepositRequest.Key(adminId, idempotencyKey)));
    }

    @Override
    public void add(DepositRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public void add(Bonus bonus) {
        em.persist(bonus);
    }

    @Override
    public Optional<Bonus> bonus(String id) {
        return Optional.ofNullable(em.find(Bonus.class, id));
    }
}
