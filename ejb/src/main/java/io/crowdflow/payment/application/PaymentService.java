package io.crowdflow.payment.application;

import io.crowdflow.governance.domain.Pseudonyms;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.payment.domain.Account;
import io.crowdflow.payment.domain.Bonus;
import io.crowdflow.payment.domain.WorkerNotOnTaskException;
import io.crowdflow.payment.domain.AccountKind;
import io.crowdflow.payment.domain.AccountRepository;
import io.crowdflow.payment.domain.DepositKeyReusedException;
import io.crowdflow.payment.domain.DepositRequest;
import io.crowdflow.payment.domain.Ledger;
import io.crowdflow.payment.domain.LedgerKeys;
import io.crowdflow.payment.domain.ledger.LedgerEntry;
import io.crowdflow.payment.domain.InsufficientFundsException;
import io.crowdflow.payment.domain.Posting;
import io.crowdflow.shared.application.BeforeCommit;
import io.crowdflow.shared.application.PlatformSettings;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.Money;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskNotFoundException;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Money: escrow when a task is posted, payment of accepted work and refund of the rest when it is
 * reviewed, deposits by an admin. Every movement is a posting, and every posting is also the next entry of
 * the public ledger, in the same transaction; a task's escrow is empty when it settles. Escrow and
 * settlement do nothing when re-run on a task they already handled (the engine's job retry).
 */
@Stateless
public class PaymentService {

    static final String PLATFORM = "platform";
    static final String DEPOSITS = "deposits";
    static final int STATEMENT_LIMIT = 200;

    @Inject
    AccountRepository accounts;

    @Inject
    TaskRepository tasks;

    @Inject
    AssignmentRepository assignments;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @Inject
    Ledger ledger;

    @Inject
    LedgerKeys ledgerKeys;

    @Inject
    BeforeCommit beforeCommit;

    @Inject
    LedgerAppends ledgerAppends;

    /**
     * Refuses, before anything is written, a task its requester cannot pay for. It only reads (no lock,
     * nothing created): the escrow step checks again under the ledger lock; this check spares the process
     * engine a start that would roll back, and keeps the lock out of the request's early work.
     */
    public void requireFundsFor(String requesterId, Money reward, int redundancy) {
        Money total = costOf(reward, redundancy);
        Money balance = accounts.balanceOf(AccountKind.REQUESTER, requesterId, total.currency());
        if (balance.isLessThan(total)) {
            throw new InsufficientFundsException(Account.idOf(AccountKind.REQUESTER, requesterId, total.currency()),
                    balance, total);
        }
    }

    /** Whether the requester's balance covers reward x slots plus the fee; refuses nothing (gold mixing asks). */
    public boolean hasFundsFor(String requesterId, Money reward, int slots) {
        Money total = costOf(reward, slots);
        return !accounts.balanceOf(AccountKind.REQUESTER, requesterId, total.currency()).isLessThan(total);
    }

    /** Moves reward x redundancy plus the fee from the requester into the task's escrow. */
    public Money holdEscrow(String taskId) {
        Task task = tasks.get(taskId);
        Money total = costOf(task.reward(), task.escrowedSlots());
        if (task.status() != TaskStatus.POSTED) {
            return total; // held already: a re-run moves nothing
        }
        accounts.openMissing(List.of(new Account(AccountKind.ESCROW, taskId, total.currency())));
        Account requester = lockedToPay(AccountKind.REQUESTER, task.requesterId(), total);
        Instant now = clock.now();
        post(requester, AccountKind.ESCROW, taskId, total, taskId, "escrow for task " + taskId, now);
        task.open(now, "escrow holds " + total.amountText() + " " + total.currency() + " = reward "
                + task.reward().amountText() + " x redundancy " + task.redundancy()
                + (task.escrowedSlots() > task.redundancy() ? " (up to " + task.escrowedSlots()
                        + " assignments with dynamic overlap)" : "") + " + fee "
                + fee(task).amountText() + " (" + settings.feePercent().toPlainString() + "%)");
        return total;
    }

    /** Pays each accepted submission from escrow, refunds the rest, takes the fee; escrow ends empty. */
    public void settle(String taskId) {
        Task task = tasks.get(taskId);
        if (task.status() == TaskStatus.SETTLED || task.status() == TaskStatus.ARCHIVED) {
            return; // settled already: a re-run moves nothing
        }
        String currency = task.reward().currency();
        Instant now = clock.now();
        List<Submission> submissions = assignments.submissionsOf(taskId);
        List<Account> credited = new java.util.ArrayList<>(List.of(new Account(AccountKind.REQUESTER, task.requesterId(),
                currency), new Account(AccountKind.PLATFORM, PLATFORM, currency)));
        submissions.stream().filter(Submission::isAccepted)
                .forEach(s -> credited.add(new Account(AccountKind.WORKER, s.workerId(), currency)));
        accounts.openMissing(credited);
        Account escrow = escrowOf(taskId, currency);
        for (Submission submission : submissions) {
            if (submission.isAccepted()) {
                post(escrow, AccountKind.WORKER, submission.workerId(), task.reward(), taskId,
                        "payment for accepted submission " + submission.id(), now);
                task.record(now, TaskEventType.WORKER_PAID, null, "worker " + Pseudonyms.of(submission.workerId()) + " paid "
                        + task.reward().amountText() + " " + currency + ": submission " + submission.id()
                        + " was accepted (" + submission.decisionReason() + ")");
            } else {
                post(escrow, AccountKind.REQUESTER, task.requesterId(), task.reward(), taskId,
                        "refund for rejected submission " + submission.id(), now);
                task.record(now, TaskEventType.REQUESTER_REFUNDED, null, "requester refunded "
                        + task.reward().amountText() + " " + currency + ": submission " + submission.id()
                        + " was rejected (" + submission.decisionReason() + ")");
            }
        }
        Money unused = task.reward().times(task.escrowedSlots() - submissions.size());
        if (unused.isPositive()) {
            post(escrow, AccountKind.REQUESTER, task.requesterId(), unused, taskId, "refund of unused slots", now);
            task.record(now, TaskEventType.REQUESTER_REFUNDED, null, "requester refunded " + unused.amountText()
                    + " " + currency + " for slots that produced no submission");
        }
        // the fee is what remains: the rate in force when the escrow was held, whatever it is now
        Money fee = escrow.balance();
        if (fee.isPositive()) {
            post(escrow, AccountKind.PLATFORM, PLATFORM, fee, taskId, "platform fee", now);
            task.record(now, TaskEventType.FEE_CHARGED, null, "platform fee " + fee.amountText() + " " + currency
                    + " (the fee escrowed when the task was posted)");
        }
        if (escrow.balance().amount().signum() != 0) {
            throw new IllegalStateException("escrow of task " + taskId + " not empty after settlement: "
                    + escrow.balance());
        }
        task.settle();
    }

    /** A cancelled task's escrow goes back to its requester in full (the fee included); escrow ends empty. */
    public Money refundCancelled(String taskId) {
        Task task = tasks.get(taskId);
        String currency = task.reward().currency();
        accounts.openMissing(List.of(new Account(AccountKind.REQUESTER, task.requesterId(), currency)));
        Account escrow = escrowOf(taskId, currency);
        Money held = escrow.balance();
        if (held.isPositive()) {
            Instant now = clock.now();
            post(escrow, AccountKind.REQUESTER, task.requesterId(), held, taskId, "refund: task cancelled", now);
            task.record(now, TaskEventType.REQUESTER_REFUNDED, null, "requester refunded " + held.amountText() + " "
                    + currency + " (rewards and fee): the task was cancelled before any work was submitted");
        }
        return held;
    }

    /**
     * An admin puts money into a person's requester account (from the external deposits account). Under an
     * Idempotency-Key (may be null), the same key with the same request answers with the first result and
     * moves nothing; with another request it is refused.
     */
    public Deposit deposit(Caller admin, String ownerId, Money amount, String idempotencyKey) {
        if (!amount.isPositive()) {
            throw new InvalidRequestException("amount", "must be greater than zero");
        }
        // the external account's lock serialises the deposits of a currency: a concurrent duplicate waits here
        // and then sees the first one's record
        accounts.openMissing(List.of(new Account(AccountKind.EXTERNAL, DEPOSITS, amount.currency()),
                new Account(AccountKind.REQUESTER, ownerId, amount.currency())));
        Account external = accounts.lock(Account.idOf(AccountKind.EXTERNAL, DEPOSITS, amount.currency()))
                .orElseThrow(() -> new IllegalStateException("external account not opened"));
        String hash = depositHash(ownerId, amount);
        if (idempotencyKey != null) {
            Optional<DepositRequest> earlier = accounts.depositRequest(admin.subject(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().isSameRequest(hash)) {
                    throw new DepositKeyReusedException(idempotencyKey);
                }
                return new Deposit(earlier.get().accountId(), AccountKind.REQUESTER, earlier.get().balanceAfter(), true);
            }
        }
        Instant now = clock.now();
        post(external, AccountKind.REQUESTER, ownerId, amount, null, "deposit by admin " + admin.subject(), now);
        appendPendingNow(); // the answer is the balance right after: credit now (a short transaction anyway)
        Account requester = accounts.lock(Account.idOf(AccountKind.REQUESTER, ownerId, amount.currency()))
                .orElseThrow(() -> new IllegalStateException("account of " + ownerId + " not opened by its deposit"));
        if (idempotencyKey != null) {
            accounts.add(new DepositRequest(admin.subject(), idempotencyKey, hash, requester, now));
        }
        return new Deposit(requester.id(), requester.kind(), requester.balance(), false);
    }

    /**
     * The requester of a task pays a bonus from their balance to a worker who submitted work to it, with a
     * reason; the worker sees it in their account, the task's history records it.
     */
    public Bonus payBonus(Caller requester, String taskId, String workerId, Money amount, String reason) {
        Task task = tasks.find(taskId).filter(t -> t.isOwnedBy(requester.subject()))
                .orElseThrow(() -> new TaskNotFoundException(taskId));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > Bonus.MAX_REASON) {
            throw new InvalidRequestException("reason", "is required: why the bonus is paid, at most "
                    + Bonus.MAX_REASON + " characters");
        }
        if (!amount.isPositive()) {
            throw new InvalidRequestException("amount.amount", "must be greater than zero");
        }
        if (!amount.currency().equals(task.reward().currency())) {
            throw new InvalidRequestException("amount.currency", "must be the task's currency "
                    + task.reward().currency());
        }
        if (assignments.submissionsOf(taskId).stream().noneMatch(s -> s.workerId().equals(workerId))) {
            throw new WorkerNotOnTaskException(taskId);
        }
        accounts.openMissing(List.of(new Account(AccountKind.WORKER, workerId, amount.currency())));
        Account from = lockedToPay(AccountKind.REQUESTER, requester.subject(), amount);
        Instant now = clock.now();
        Bonus bonus = new Bonus(taskId, requester.subject(), workerId, amount, why, now);
        post(from, AccountKind.WORKER, workerId, amount, taskId, "bonus " + bonus.id() + ": " + why, now);
        accounts.add(bonus);
        task.record(now, TaskEventType.BONUS_PAID, requester.subject(), "bonus of " + amount.amountText() + " "
                + amount.currency() + " to worker " + Pseudonyms.of(workerId) + ": " + why);
        return bonus;
    }

    /** A bonus paid earlier (the answer to a retried bonus with its Idempotency-Key). */
    public Bonus bonus(String bonusId) {
        return accounts.bonus(bonusId).orElseThrow(() -> new IllegalStateException("no bonus " + bonusId));
    }

    /** A deposit without an Idempotency-Key (the demo data). */
    public Deposit deposit(Caller admin, String ownerId, Money amount) {
        return deposit(admin, ownerId, amount, null);
    }

    /** An admin's deposit: the account, its balance right after, and whether this answer is a replay. */
    public record Deposit(String accountId, AccountKind kind, Money balanceAfter, boolean replayed) {
    }

    public Statement statementOf(Caller owner) {
        List<Account> owned = accounts.ownedBy(owner.subject());
        List<Posting> postings = accounts.postingsOf(owned.stream().map(Account::id).toList(), STATEMENT_LIMIT);
        Map<String, String> ledgerIds = owned.stream().map(Account::id)
                .collect(Collectors.toMap(Function.identity(), ledgerKeys::pseudonymOf));
        return new Statement(owned, postings, ledgerIds);
    }

    private Money fee(Task task) {
        return feeOn(task.reward(), task.escrowedSlots());
    }

    private Money feeOn(Money reward, int redundancy) {
        BigDecimal percent = settings.feePercent();
        return reward.times(redundancy).percent(percent);
    }

    /** The platform's fee in percent of reward x redundancy, as it is charged now. */
    public BigDecimal feePercent() {
        return settings.feePercent().stripTrailingZeros();
    }

    /** What a task costs its requester: reward x redundancy plus the platform's fee. */
    public Money costOf(Money reward, int redundancy) {
        return reward.times(redundancy).plus(feeOn(reward, redundancy));
    }

    /** A person's accounts, the latest postings on them, and each account's pseudonymous id in the ledger. */
    public record Statement(List<Account> accounts, List<Posting> postings, Map<String, String> ledgerIds) {
    }

    /** The account that pays, locked; refused when it cannot pay (an account never opened holds nothing). */
    private Account lockedToPay(AccountKind kind, String ownerId, Money amount) {
        String id = Account.idOf(kind, ownerId, amount.currency());
        Account account = accounts.lock(id).orElseThrow(
                () -> new InsufficientFundsException(id, Money.zero(amount.currency()), amount));
        if (account.balance().isLessThan(amount)) {
            throw new InsufficientFundsException(id, account.balance(), amount);
        }
        return account;
    }

    /** A task's escrow, locked; it exists once the escrow was held. */
    private Account escrowOf(String taskId, String currency) {
        return accounts.lock(Account.idOf(AccountKind.ESCROW, taskId, currency))
                .orElseThrow(() -> new IllegalStateException("task " + taskId + " has no escrow in " + currency));
    }

    /**
     * Takes the amount from {@code from} now (locked by the caller); the credit to the other account and the
     * ledger entry wait for the end of the transaction ({@link PendingPostings}), so the ledger head is locked
     * only for the commit, not for the rest of the request.
     */
    private void post(Account from, AccountKind toKind, String toOwner, Money amount, String taskId, String reason,
                      Instant now) {
        Posting posting = Posting.debit(from, Account.idOf(toKind, toOwner, amount.currency()), amount, taskId,
                reason, now);
        pending().add(posting);
    }

    private PendingPostings pending() {
        return beforeCommit.perTransaction(PendingPostings.KEY, PendingPostings::new,
                batch -> batch.apply(accounts, ledger, ledgerAppends));
    }

    /** Appends what this transaction has pending now instead of at its commit. */
    private void appendPendingNow() {
        pending().apply(accounts, ledger, ledgerAppends);
    }

    private static String depositHash(String ownerId, Money amount) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((ownerId + "\n"
                    + LedgerEntry.canonicalAmount(amount.amount()) + "\n" + amount.currency())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }
}
