package io.crowdflow.payment.domain;

import io.crowdflow.shared.domain.Money;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    /**
     * Creates, empty, those of the accounts (ids as {@link Account#idOf}) that do not exist yet. The creation is
     * serialised by one lock row held to the end of the transaction; callers hold no account lock yet, so
     * that lock always comes before the accounts' locks. A task's escrow needs no lock and is not looked for: only
     * that task's escrow step creates it, once (asked for escrow accounts alone, it creates them).
     */
    void openMissing(List<Account> accounts);

    /** The account if it was ever opened, locked for update for the rest of the transaction. */
    Optional<Account> lock(String accountId);

    /** Writes this transaction's pending changes to the database now. */
    void flush();

    /** The balance as last committed, without any lock; zero for an account that does not exist yet. */
    Money balanceOf(AccountKind kind, String ownerId, String currency);

    List<Account> ownedBy(String ownerId);

    void append(Posting posting);

    /** The newest postings touching any of the accounts, newest first. */
    List<Posting> postingsOf(List<String> accountIds, int limit);

    /** The deposit an admin made under this Idempotency-Key, if any. */
    Optional<DepositRequest> depositRequest(String adminId, String idempotencyKey);

    void add(DepositRequest request);

    void add(Bonus bonus);

    Optional<Bonus> bonus(String id);
}
