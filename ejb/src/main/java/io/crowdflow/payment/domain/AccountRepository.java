package io.crowdflow.payment.domain;

import java.util.List;

public interface AccountRepository {

    /** The account, created empty on first use. Locked for update for the rest of the transaction. */
    Account open(AccountKind kind, String ownerId, String currency);

    List<Account> ownedBy(String ownerId);

    void append(Posting posting);

    /** The newest postings touching any of the accounts, newest first. */
    List<Posting> postingsOf(List<String> accountIds, int limit);
}
