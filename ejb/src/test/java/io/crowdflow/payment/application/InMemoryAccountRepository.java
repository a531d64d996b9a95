package io.crowdflow.payment.application;

import io.crowdflow.payment.domain.Account;
import io.crowdflow.payment.domain.AccountKind;
import io.crowdflow.payment.domain.AccountRepository;
import io.crowdflow.payment.domain.Bonus;
import io.crowdflow.payment.domain.DepositRequest;
import io.crowdflow.payment.domain.Posting;
import io.crowdflow.shared.domain.Money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accounts and postings in maps, for tests of the ledger's application logic. */
class InMemoryAccountRepository implements AccountRepository {

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final List<Posting> postings = new ArrayList<>();
    private final Map<String, DepositRequest> depositRequests = new LinkedHashMap<>();

    @Override
    public Money balanceOf(AccountKind kind, String ownerId, String currency) {
        Account account = accounts.get(Account.idOf(kind, ownerId, currency));
        return account == null ? Money.zero(currency) : account.balance();
    }

    @Override
    public void openMissing(List<Account> wanted) {
        wanted.forEach(a -> accounts.putIfAbsent(a.id(), a));
    }

    @Override
    public Optional<Account> lock(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public void flush() {
        // nothing pending in memory
    }

    @Override
    public List<Account> ownedBy(String ownerId) {
        return accounts.values().stream().filter(a -> ownerId.equals(a.ownerId())).toList();
    }

    @Override
    public void append(Posting posting) {
        postings.add(posting);
    }

    @Override
    public List<Posting> postingsOf(List<String> accountIds, int limit) {
        List<Posting> touching = postings.stream()
                .filter(p -> accountIds.contains(p.fromAccount()) || accountIds.contains(p.toAccount()))
                .toList();
        List<Posting> newestFirst = new ArrayList<>(touching);
        Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
    }

    @Override
    public Optional<DepositRequest> depositRequest(String adminId, String idempotencyKey) {
        return Optional.ofNullable(depositRequests.get(adminId + "|" + idempotencyKey));
    }

    @Override
    public void add(DepositRequest request) {
        if (depositRequests.putIfAbsent(request.adminId() + "|" + request.idempotencyKey(), request) != null) {
            throw new IllegalStateException("unique key (admin_id, idempotency_key) violated");
        }
    }

    private final Map<String, Bonus> bonuses = new LinkedHashMap<>();

    @Override
    public void add(Bonus bonus) {
        bonuses.put(bonus.id(), bonus);
    }

    @Override
    public Optional<Bonus> bonus(String id) {
        return Optional.ofNullable(bonuses.get(id));
    }

    Optional<Account> find(AccountKind kind, String ownerId, String currency) {
        return Optional.ofNullable(accounts.get(Account.idOf(kind, ownerId, currency)));
    }

    Money sumOfAllBalances(String currency) {
        return all().stream().filter(a -> a.currency().equals(currency)).map(Account::balance)
                .reduce(Money.zero(currency), Money::plus);
    }

    Collection<Account> all() {
        return accounts.values();
    }

    List<Posting> postings() {
        return List.copyOf(postings);
    }
}
