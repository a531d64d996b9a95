package io.crowdflow.payment.application;

import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.payment.domain.Account;
import io.crowdflow.payment.domain.AccountKind;
import io.crowdflow.payment.domain.AccountRepository;
import io.crowdflow.payment.domain.InsufficientFundsException;
import io.crowdflow.payment.domain.Posting;
import io.crowdflow.shared.application.PlatformSettings;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.Money;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Money: escrow when a task is posted, payment of accepted work and refund of the rest when it is
 * reviewed, deposits by an admin. Every movement is a posting; a task's escrow is empty when it settles.
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

    /**
     * Refuses, before anything is written, a task its requester cannot pay for. The escrow step checks
     * again under lock; this check only spares the process engine a start that would roll back.
     */
    public void requireFundsFor(String requesterId, Money reward, int redundancy) {
        Money total = costOf(reward, redundancy);
        Account requester = accounts.open(AccountKind.REQUESTER, requesterId, total.currency());
        if (requester.balance().isLessThan(total)) {
            throw new InsufficientFundsException(requester.id(), requester.balance(), total);
        }
    }

    /** Moves reward x redundancy plus the fee from the requester into the task's escrow. */
    public Money holdEscrow(String taskId) {
        Task task = tasks.get(taskId);
        Money total = costOf(task.reward(), task.redundancy());
        Account requester = accounts.open(AccountKind.REQUESTER, task.requesterId(), total.currency());
        Account escrow = accounts.open(AccountKind.ESCROW, taskId, total.currency());
        Instant now = clock.now();
        accounts.append(Posting.transfer(requester, escrow, total, taskId, "escrow for task " + taskId, now));
        task.open(now, "escrow holds " + total.amountText() + " " + total.currency() + " = reward "
                + task.reward().amountText() + " x redundancy " + task.redundancy() + " + fee "
                + fee(task).amountText() + " (" + settings.feePercent().toPlainString() + "%)");
        return total;
    }

    /** Pays each accepted submission from escrow, refunds the rest, takes the fee; escrow ends empty. */
    public void settle(String taskId) {
        Task task = tasks.get(taskId);
        String currency = task.reward().currency();
        Instant now = clock.now();
        Account escrow = accounts.open(AccountKind.ESCROW, taskId, currency);
        Account requester = accounts.open(AccountKind.REQUESTER, task.requesterId(), currency);
        List<Submission> submissions = assignments.submissionsOf(taskId);
        for (Submission submission : submissions) {
            if (submission.isAccepted()) {
                Account worker = accounts.open(AccountKind.WORKER, submission.workerId(), currency);
                accounts.append(Posting.transfer(escrow, worker, task.reward(), taskId,
                        "payment for accepted submission " + submission.id(), now));
                task.record(now, TaskEventType.WORKER_PAID, null, "worker " + submission.workerId() + " paid "
                        + task.reward().amountText() + " " + currency + ": submission " + submission.id()
                        + " was accepted (" + submission.decisionReason() + ")");
            } else {
                accounts.append(Posting.transfer(escrow, requester, task.reward(), taskId,
                        "refund for rejected submission " + submission.id(), now));
                task.record(now, TaskEventType.REQUESTER_REFUNDED, null, "requester refunded "
                        + task.reward().amountText() + " " + currency + ": submission " + submission.id()
                        + " was rejected (" + submission.decisionReason() + ")");
            }
        }
        Money unused = task.reward().times(task.redundancy() - submissions.size());
        if (unused.isPositive()) {
            accounts.append(Posting.transfer(escrow, requester, unused, taskId, "refund of unused slots", now));
            task.record(now, TaskEventType.REQUESTER_REFUNDED, null, "requester refunded " + unused.amountText()
                    + " " + currency + " for slots that produced no submission");
        }
        // the fee is what remains: the rate in force when the escrow was held, whatever it is now
        Money fee = escrow.balance();
        if (fee.isPositive()) {
            Account platform = accounts.open(AccountKind.PLATFORM, PLATFORM, currency);
            accounts.append(Posting.transfer(escrow, platform, fee, taskId, "platform fee", now));
            task.record(now, TaskEventType.FEE_CHARGED, null, "platform fee " + fee.amountText() + " " + currency
                    + " (the fee escrowed when the task was posted)");
        }
        if (escrow.balance().amount().signum() != 0) {
            throw new IllegalStateException("escrow of task " + taskId + " not empty after settlement: "
                    + escrow.balance());
        }
        task.settle();
    }

    /** An admin puts money into a person's requester account (from the external deposits account). */
    public Account deposit(Caller admin, String ownerId, Money amount) {
        if (!amount.isPositive()) {
            throw new InvalidRequestException("amount", "must be greater than zero");
        }
        Account external = accounts.open(AccountKind.EXTERNAL, DEPOSITS, amount.currency());
        Account requester = accounts.open(AccountKind.REQUESTER, ownerId, amount.currency());
        accounts.append(Posting.transfer(external, requester, amount, null,
                "deposit by admin " + admin.subject(), clock.now()));
        return requester;
    }

    public Statement statementOf(Caller owner) {
        List<Account> owned = accounts.ownedBy(owner.subject());
        List<Posting> postings = accounts.postingsOf(owned.stream().map(Account::id).toList(), STATEMENT_LIMIT);
        return new Statement(owned, postings);
    }

    private Money fee(Task task) {
        return feeOn(task.reward(), task.redundancy());
    }

    private Money feeOn(Money reward, int redundancy) {
        BigDecimal percent = settings.feePercent();
        return reward.times(redundancy).percent(percent);
    }

    /** What a task costs its requester: reward x redundancy plus the platform's fee. */
    public Money costOf(Money reward, int redundancy) {
        return reward.times(redundancy).plus(feeOn(reward, redundancy));
    }

    /** A person's accounts and the latest postings on them. */
    public record Statement(List<Account> accounts, List<Posting> postings) {
    }
}
