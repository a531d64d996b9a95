package io.crowdflow.payment.domain;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    /** The account, created empty on first use. Locked for update for the rest of the transaction. */
    Account open(AccountKind kind, String ownerId, String currency);

    List<Account> ownedBy(String ownerId);

    void append(Posting posting);

    /** The newest postings touching any of the accounts, newest first. */
    List<Posting> postingsOf(List<String> accountIds, int limit);

    /** The deposit an admin made under this Idempotency-Key, if any. */
    Optional<DepositRequest> depositRequest(String adminId, String idempotencyKey);

    void add(DepositRequest request);
}
