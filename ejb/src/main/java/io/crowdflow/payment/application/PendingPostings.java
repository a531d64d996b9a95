package io.crowdflow.payment.application;

import io.crowdflow.payment.domain.Account;
import io.crowdflow.payment.domain.AccountRepository;
import io.crowdflow.payment.domain.Ledger;
import io.crowdflow.payment.domain.Posting;
import io.crowdflow.payment.domain.ledger.LedgerEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One transaction's postings whose credits and ledger entries wait for the end of the transaction. The
 * debits happened at once (under the debited account's lock, so a refusal for lack of funds is immediate);
 * {@link #apply} does the rest just before commit. The locks are taken in one order everywhere:
 * <ol>
 * <li>the account-creation lock, only by a transaction that needs a new account, before any account lock
 *     ({@code AccountRepository.openMissing}): every account a movement credits exists before it moves;</li>
 * <li>the debited account, in the request (each transaction debits escrow or one requester, or the external
 *     account of a currency);</li>
 * <li>the credited accounts, in order of their ids;</li>
 * <li>the ledger head, last: under it every posting takes the next sequence, in the order the postings were
 *     made.</li>
 * </ol>
 * The head is held from there to the commit only, not for the whole request.
 */
final class PendingPostings {

    static final String KEY = PendingPostings.class.getName();

    private record Pending(Posting posting) {
    }

    private final List<Pending> pending = new ArrayList<>();

    void add(Posting posting) {
        pending.add(new Pending(posting));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * Credits, ledger entries and postings of everything pending, in this transaction; then nothing is pending.
     * With the ledger's appends off (a benchmark only, {@link LedgerAppends}) the credits and postings are made
     * alike, without the head's lock and without entries.
     */
    void apply(AccountRepository accounts, Ledger ledger, LedgerAppends appends) {
        if (pending.isEmpty()) {
            return;
        }
        accounts.flush(); // the request's own writes first, before the head is locked
        Map<String, Account> credited = new TreeMap<>();
        pending.stream().map(p -> p.posting().toAccount()).sorted().distinct()
                .forEach(id -> credited.put(id, accounts.lock(id).orElseThrow(() -> new IllegalStateException(
                        "account " + id + " was not opened before its credit"))));
        if (appends.skipped()) {
            for (Pending p : pending) {
                p.posting().credit(credited.get(p.posting().toAccount()));
                accounts.append(p.posting());
            }
            appends.unlogged(pending.size());
            pending.clear();
            accounts.flush();
            return;
        }
        ledger.lockedSize();
        for (Pending p : pending) {
            p.posting().credit(credited.get(p.posting().toAccount()));
            LedgerEntry entry = ledger.append(p.posting());
            if (!entry.amount().equals(LedgerEntry.canonicalAmount(p.posting().amount().amount()))) {
                throw new IllegalStateException("ledger entry " + entry.sequence() + " does not match its posting");
            }
            accounts.append(p.posting());
        }
        pending.clear();
        accounts.flush();
    }
}
