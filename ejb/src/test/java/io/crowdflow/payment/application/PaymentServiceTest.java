package io.crowdflow.payment.application;

import io.crowdflow.governance.domain.Pseudonyms;
import io.crowdflow.assignment.domain.Assignment;
import io.crowdflow.assignment.domain.AssignmentRepository;
import io.crowdflow.assignment.domain.Submission;
import io.crowdflow.identity.domain.Caller;
import io.crowdflow.payment.domain.AccountKind;
import io.crowdflow.payment.domain.Bonus;
import io.crowdflow.payment.domain.WorkerNotOnTaskException;
import io.crowdflow.task.domain.TaskNotFoundException;
import io.crowdflow.payment.domain.DepositKeyReusedException;
import io.crowdflow.payment.domain.InsufficientFundsException;
import io.crowdflow.payment.domain.Posting;
import io.crowdflow.shared.application.PlatformSettings;
import io.crowdflow.shared.domain.Clock;
import io.crowdflow.shared.domain.InvalidRequestException;
import io.crowdflow.shared.domain.Money;
import io.crowdflow.task.domain.Task;
import io.crowdflow.task.domain.TaskDraft;
import io.crowdflow.task.domain.TaskEvent;
import io.crowdflow.task.domain.TaskEventType;
import io.crowdflow.task.domain.TaskRepository;
import io.crowdflow.task.domain.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class PaymentServiceTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final String REQUESTER = "requester-1";
    static final Caller REQUESTER_CALLER = new Caller(REQUESTER, "requester", Set.of(Caller.REQUESTER));
    static final Caller ADMIN = new Caller("admin-1", "admin", Set.of(Caller.ADMIN));

    @Mock
    TaskRepository tasks;
    @Mock
    AssignmentRepository assignments;
    @Mock
    PlatformSettings settings;
    @Mock
    Clock clock;

    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final OneTransaction transaction = new OneTransaction();
    private final PaymentService payments = new PaymentService();

    @BeforeEach
    void wire() {
        payments.accounts = accounts;
        payments.tasks = tasks;
        payments.assignments = assignments;
        payments.settings = settings;
        payments.clock = clock;
        payments.ledger = ledger;
        payments.ledgerKeys = ledger;
        payments.beforeCommit = transaction;
        payments.ledgerAppends = new LedgerAppends(property -> null);
        lenient().when(settings.feePercent()).thenReturn(new BigDecimal("10"));
        lenient().when(clock.now()).thenReturn(NOW);
    }

    @Test
    void holdingEscrowMovesRewardTimesRedundancyPlusTheFeeFromTheRequester() {
        deposit("10.00");
        Task task = task("0.50", 3);

        Money held = payments.holdEscrow(task.id());
        transaction.commit();

        assertThat(held).isEqualTo(usd("1.65"));
        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("8.35"));
        assertThat(balance(AccountKind.ESCROW, task.id())).isEqualTo(usd("1.65"));
        assertThat(accounts.sumOfAllBalances("USD")).isEqualTo(usd("0"));
        Posting escrow = accounts.postings().get(accounts.postings().size() - 1);
        assertThat(escrow.taskId()).isEqualTo(task.id());
        assertThat(escrow.amount()).isEqualTo(usd("1.65"));
    }

    @Test
    void holdingEscrowOpensTheTaskAndExplainsTheAmount() {
        deposit("10.00");
        Task task = task("0.50", 3);

        payments.holdEscrow(task.id());
        transaction.commit();

        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(lastEvent(task).type()).isEqualTo(TaskEventType.ESCROW_HELD);
        assertThat(lastEvent(task).reason())
                .isEqualTo("escrow holds 1.65 USD = reward 0.50 x redundancy 3 + fee 0.15 (10%)");
    }

    @Test
    void theCreditAndTheLedgerEntryOfEscrowWaitForTheCommitWhileTheDebitIsImmediate() {
        deposit("10.00");
        Task task = task("0.50", 3);

        payments.holdEscrow(task.id());

        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("8.35"));
        assertThat(balance(AccountKind.ESCROW, task.id())).isEqualTo(usd("0"));
        assertThat(ledger.size()).isEqualTo(1);
        assertThat(accounts.postings()).hasSize(1);

        transaction.commit();

        assertThat(balance(AccountKind.ESCROW, task.id())).isEqualTo(usd("1.65"));
        assertThat(ledger.size()).isEqualTo(2);
        assertThat(accounts.postings()).extracting(Posting::ledgerSeq).containsExactly(0L, 1L);
    }

    @Test
    void aTransactionThatRollsBackAppendsNothingToTheLedger() {
        deposit("10.00");
        Task task = task("0.50", 3);

        payments.holdEscrow(task.id());
        transaction.rollback();
        transaction.commit();

        assertThat(ledger.size()).isEqualTo(1);
        assertThat(accounts.postings()).hasSize(1);
    }

    @Test
    void escrowIsRefusedWhenTheRequesterCannotPayAndNothingMoves() {
        deposit("1.64");
        Task task = task("0.50", 3);
        int postingsBefore = accounts.postings().size();

        assertThatThrownBy(() -> payments.holdEscrow(task.id())).isInstanceOf(InsufficientFundsException.class);

        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("1.64"));
        assertThat(balance(AccountKind.ESCROW, task.id())).isEqualTo(usd("0"));
        assertThat(accounts.postings()).hasSize(postingsBefore);
        assertThat(task.status()).isEqualTo(TaskStatus.POSTED);
    }

    @Test
    void settlementPaysAcceptedWorkRefundsRejectedWorkAndUnusedSlotsAndChargesTheFee() {
        deposit("10.00");
        Task task = task("0.50", 3);
        payments.holdEscrow(task.id());
        transaction.commit();
        task.startReview(NOW, "review");
        Submission accepted = decided(task, "worker-1", Submission.Decision.ACCEPT, "correct");
        Submission rejected = decided(task, "worker-2", Submission.Decision.REJECT, "wrong label");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(accepted, rejected));
        Money sumBefore = accounts.sumOfAllBalances("USD");

        payments.settle(task.id());
        transaction.commit();

        assertThat(balance(AccountKind.WORKER, "worker-1")).isEqualTo(usd("0.50"));
        assertThat(balance(AccountKind.WORKER, "worker-2")).isEqualTo(usd("0"));
        // 8.35 left after escrow + 0.50 for the rejected submission + 0.50 for the slot nobody filled
        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("9.35"));
        assertThat(balance(AccountKind.PLATFORM, PaymentService.PLATFORM)).isEqualTo(usd("0.15"));
        assertThat(balance(AccountKind.ESCROW, task.id()).amount()).isEqualByComparingTo("0");
        assertThat(accounts.sumOfAllBalances("USD")).isEqualTo(sumBefore);
        assertThat(task.status()).isEqualTo(TaskStatus.SETTLED);
    }

    @Test
    void settlementRecordsEveryMovementOnTheTasksHistory() {
        deposit("10.00");
        Task task = task("0.50", 3);
        payments.holdEscrow(task.id());
        transaction.commit();
        task.startReview(NOW, "review");
        Submission accepted = decided(task, "worker-1", Submission.Decision.ACCEPT, "correct");
        Submission rejected = decided(task, "worker-2", Submission.Decision.REJECT, "wrong label");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(accepted, rejected));
        int eventsBefore = task.events().size();

        payments.settle(task.id());
        transaction.commit();

        List<TaskEvent> settlement = task.events().subList(eventsBefore, task.events().size());
        assertThat(settlement).extracting(TaskEvent::type).containsExactly(TaskEventType.WORKER_PAID,
                TaskEventType.REQUESTER_REFUNDED, TaskEventType.REQUESTER_REFUNDED, TaskEventType.FEE_CHARGED);
        assertThat(settlement.get(0).reason()).contains(Pseudonyms.of("worker-1"), "0.50", "correct")
                .doesNotContain("worker-1 ");
        assertThat(settlement.get(1).reason()).contains("rejected", "wrong label");
        assertThat(settlement.get(2).reason()).contains("0.50", "no submission");
        assertThat(settlement.get(3).reason()).isEqualTo("platform fee 0.15 USD (the fee escrowed when the task was posted)");
    }

    @Test
    void whenEverySlotWasAcceptedNothingIsRefunded() {
        deposit("10.00");
        Task task = task("0.50", 2);
        payments.holdEscrow(task.id());
        transaction.commit();
        task.startReview(NOW, "review");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(
                decided(task, "worker-1", Submission.Decision.ACCEPT, "ok"),
                decided(task, "worker-2", Submission.Decision.ACCEPT, "ok")));

        payments.settle(task.id());
        transaction.commit();

        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("8.90"));
        assertThat(balance(AccountKind.WORKER, "worker-1")).isEqualTo(usd("0.50"));
        assertThat(balance(AccountKind.WORKER, "worker-2")).isEqualTo(usd("0.50"));
        assertThat(balance(AccountKind.ESCROW, task.id()).amount()).isEqualByComparingTo("0");
        assertThat(task.events()).extracting(TaskEvent::type).doesNotContain(TaskEventType.REQUESTER_REFUNDED);
    }

    @Test
    void aFeeThatNeedsRoundingStillLeavesTheEscrowEmpty() {
        deposit("10.00");
        Task task = task("0.3333", 3);  // rewards 0.9999, fee 10% = 0.09999 -> 0.1000

        assertThat(payments.holdEscrow(task.id())).isEqualTo(usd("1.0999"));
        transaction.commit();
        task.startReview(NOW, "review");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(
                decided(task, "worker-1", Submission.Decision.ACCEPT, "ok")));

        payments.settle(task.id());
        transaction.commit();

        assertThat(balance(AccountKind.PLATFORM, PaymentService.PLATFORM)).isEqualTo(usd("0.1000"));
        assertThat(balance(AccountKind.ESCROW, task.id()).amount()).isEqualByComparingTo("0");
        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("9.5667"));  // 8.9001 + 2 unused slots x 0.3333
        assertThat(accounts.sumOfAllBalances("USD")).isEqualTo(usd("0"));
    }

    @Test
    void withoutAFeeThePlatformChargesNothing() {
        when(settings.feePercent()).thenReturn(BigDecimal.ZERO);
        deposit("10.00");
        Task task = task("0.50", 1);
        payments.holdEscrow(task.id());
        transaction.commit();
        task.startReview(NOW, "review");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(
                decided(task, "worker-1", Submission.Decision.ACCEPT, "ok")));

        payments.settle(task.id());
        transaction.commit();

        assertThat(balance(AccountKind.PLATFORM, PaymentService.PLATFORM)).isEqualTo(usd("0"));
        assertThat(task.events()).extracting(TaskEvent::type).doesNotContain(TaskEventType.FEE_CHARGED);
        assertThat(task.status()).isEqualTo(TaskStatus.SETTLED);
    }

    @Test
    void settlementChargesTheFeeThatWasEscrowedEvenAfterTheFeeRateChanged() {
        deposit("10.00");
        Task task = task("0.50", 3);
        payments.holdEscrow(task.id());  // 1.50 + 10% = 1.65
        transaction.commit();
        task.startReview(NOW, "review");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(
                decided(task, "worker-1", Submission.Decision.ACCEPT, "ok")));
        lenient().when(settings.feePercent()).thenReturn(new BigDecimal("12"));

        payments.settle(task.id());
        transaction.commit();

        assertThat(balance(AccountKind.PLATFORM, PaymentService.PLATFORM)).isEqualTo(usd("0.15"));
        assertThat(balance(AccountKind.ESCROW, task.id()).amount()).isEqualByComparingTo("0");
        assertThat(task.status()).isEqualTo(TaskStatus.SETTLED);
    }

    @Test
    void aRequesterWhoCannotCoverRewardsAndFeeIsRefusedBeforePosting() {
        deposit("1.6499");

        assertThatThrownBy(() -> payments.requireFundsFor(REQUESTER, usd("0.50"), 3))
                .isInstanceOf(InsufficientFundsException.class)
                .hasMessageContaining("1.6499").hasMessageContaining("1.65");
    }

    @Test
    void aRequesterWhoCanCoverExactlyRewardsAndFeeMayPostAndNothingMoves() {
        deposit("1.65");
        int postingsBefore = accounts.postings().size();

        payments.requireFundsFor(REQUESTER, usd("0.50"), 3);

        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("1.65"));
        assertThat(accounts.postings()).hasSize(postingsBefore);
    }

    @Test
    void aRequesterWithNoAccountYetHasNoFunds() {
        assertThatThrownBy(() -> payments.requireFundsFor("newcomer", usd("0.01"), 1))
                .isInstanceOf(InsufficientFundsException.class);
    }

    @Test
    void costIsRewardTimesRedundancyPlusFee() {
        assertThat(payments.costOf(usd("2.00"), 5)).isEqualTo(usd("11.00"));
    }

    @Test
    void anAdminDepositComesFromTheExternalAccount() {
        payments.deposit(ADMIN, REQUESTER, usd("25"));

        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("25"));
        assertThat(balance(AccountKind.EXTERNAL, PaymentService.DEPOSITS)).isEqualTo(usd("-25"));
        assertThat(accounts.postings()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("deposit by admin admin-1");
            assertThat(p.taskId()).isNull();
        });
    }

    @Test
    void aDepositOfNothingOrLessIsRefused() {
        assertThatThrownBy(() -> payments.deposit(ADMIN, REQUESTER, usd("0")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e ->
                        assertThat(e.violations()).extracting(InvalidRequestException.Violation::field)
                                .containsExactly("amount"));
        assertThatThrownBy(() -> payments.deposit(ADMIN, REQUESTER, usd("-5")))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(accounts.postings()).isEmpty();
    }

    @Test
    void everyPostingIsTheNextLedgerEntryWithItsKind() {
        deposit("10.00");
        Task task = task("0.50", 2);
        payments.holdEscrow(task.id());
        transaction.commit();
        task.startReview(NOW, "review");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(
                decided(task, "worker-1", Submission.Decision.ACCEPT, "ok"),
                decided(task, "worker-2", Submission.Decision.REJECT, "wrong")));
        payments.settle(task.id());
        transaction.commit();

        assertThat(ledger.all()).extracting(e -> e.sequence() + " " + e.kind() + " " + e.amount()).containsExactly(
                "0 deposit 10.0000", "1 escrow 1.1000", "2 payment 0.5000", "3 refund 0.5000", "4 fee 0.1000");
        assertThat(accounts.postings()).extracting(Posting::ledgerSeq).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(ledger.all()).allSatisfy(e -> assertThat(e.from() + e.to()).doesNotContain(REQUESTER, "worker-1"));
    }

    @Test
    void inABenchmarkWithoutLedgerAppendsPaymentsStillBalanceButNoEntryIsWritten() {
        payments.ledgerAppends = new LedgerAppends(property -> property.equals(LedgerAppends.SWITCH) ? "off"
                : LedgerAppends.CONSENT_VALUE);
        deposit("10.00");
        Task task = task("0.50", 2);
        payments.holdEscrow(task.id());
        transaction.commit();
        task.startReview(NOW, "review");
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(
                decided(task, "worker-1", Submission.Decision.ACCEPT, "ok"),
                decided(task, "worker-2", Submission.Decision.REJECT, "wrong")));
        payments.settle(task.id());
        transaction.commit();

        assertThat(ledger.size()).isZero();
        assertThat(accounts.postings()).hasSize(5).extracting(Posting::ledgerSeq).containsOnlyNulls();
        assertThat(payments.ledgerAppends.unloggedSinceStart()).isEqualTo(5);
        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("9.40"));
        assertThat(balance(AccountKind.WORKER, "worker-1")).isEqualTo(usd("0.50"));
        assertThat(balance(AccountKind.ESCROW, task.id())).isEqualTo(usd("0"));
    }

    @Test
    void escrowAndSettlementReRunMoveNothing() {
        deposit("10.00");
        Task task = task("0.50", 1);
        payments.holdEscrow(task.id());
        transaction.commit();
        payments.holdEscrow(task.id());
        transaction.commit();
        task.startReview(NOW, "review");
        lenient().when(assignments.submissionsOf(task.id())).thenReturn(List.of(
                decided(task, "worker-1", Submission.Decision.ACCEPT, "ok")));
        payments.settle(task.id());
        transaction.commit();
        payments.settle(task.id());
        transaction.commit();

        assertThat(accounts.postings()).hasSize(4);
        assertThat(balance(AccountKind.WORKER, "worker-1")).isEqualTo(usd("0.50"));
        assertThat(balance(AccountKind.ESCROW, task.id())).isEqualTo(usd("0"));
    }

    @Test
    void aDepositRetriedWithItsKeyAnswersTheFirstResultAndMovesNothing() {
        PaymentService.Deposit first = payments.deposit(ADMIN, REQUESTER, usd("25"), "key-1");
        PaymentService.Deposit again = payments.deposit(ADMIN, REQUESTER, usd("25.0"), "key-1");

        assertThat(again.replayed()).isTrue();
        assertThat(again.balanceAfter()).isEqualTo(first.balanceAfter());
        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("25"));
        assertThat(accounts.postings()).hasSize(1);
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void aDepositKeyReusedForAnotherRequestIsRefused() {
        payments.deposit(ADMIN, REQUESTER, usd("25"), "key-1");

        assertThatThrownBy(() -> payments.deposit(ADMIN, REQUESTER, usd("26"), "key-1"))
                .isInstanceOfSatisfying(DepositKeyReusedException.class,
                        e -> assertThat(e.problemSlug()).isEqualTo("idempotency-key-reused"));
        assertThatThrownBy(() -> payments.deposit(ADMIN, "someone-else", usd("25"), "key-1"))
                .isInstanceOf(DepositKeyReusedException.class);
        assertThat(accounts.postings()).hasSize(1);
    }

    @Test
    void aRequesterPaysABonusToAWorkerOfTheirTaskFromTheirBalance() {
        deposit("10.00");
        Task task = task("0.50", 1);
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(
                decided(task, "worker-1", Submission.Decision.ACCEPT, "ok")));

        Bonus bonus = payments.payBonus(REQUESTER_CALLER, task.id(), "worker-1", usd("2.00"), " fast and careful ");
        transaction.commit();

        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("8.00"));
        assertThat(balance(AccountKind.WORKER, "worker-1")).isEqualTo(usd("2.00"));
        assertThat(ledger.all()).extracting(e -> e.kind() + " " + e.amount()).last().isEqualTo("bonus 2.0000");
        assertThat(bonus.reason()).isEqualTo("fast and careful");
        assertThat(lastEvent(task).type()).isEqualTo(TaskEventType.BONUS_PAID);
        assertThat(lastEvent(task).reason()).contains("2.00 USD", Pseudonyms.of("worker-1"), "fast and careful");
        assertThat(accounts.sumOfAllBalances("USD")).isEqualTo(usd("0"));
    }

    @Test
    void aBonusIsRefusedToSomeoneWhoDidNotWorkOnTheTaskAndNothingMoves() {
        deposit("10.00");
        Task task = task("0.50", 1);
        when(assignments.submissionsOf(task.id())).thenReturn(List.of(
                decided(task, "worker-1", Submission.Decision.ACCEPT, "ok")));

        assertThatThrownBy(() -> payments.payBonus(REQUESTER_CALLER, task.id(), "worker-2", usd("1"), "thanks"))
                .isInstanceOf(WorkerNotOnTaskException.class);
        transaction.commit();

        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("10.00"));
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void aBonusBeyondTheRequestersBalanceIsRefused() {
        deposit("1.00");
        Task task = task("0.50", 1);
        lenient().when(assignments.submissionsOf(task.id())).thenReturn(List.of(
                decided(task, "worker-1", Submission.Decision.ACCEPT, "ok")));

        assertThatThrownBy(() -> payments.payBonus(REQUESTER_CALLER, task.id(), "worker-1", usd("1.01"), "thanks"))
                .isInstanceOf(InsufficientFundsException.class);
        transaction.commit();

        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("1.00"));
        assertThat(balance(AccountKind.WORKER, "worker-1")).isEqualTo(usd("0"));
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void aBonusNeedsTheTasksOwnerAReasonAPositiveAmountAndTheTasksCurrency() {
        deposit("10.00");
        Task task = task("0.50", 1);
        lenient().when(assignments.submissionsOf(task.id())).thenReturn(List.of(
                decided(task, "worker-1", Submission.Decision.ACCEPT, "ok")));
        Caller stranger = new Caller("requester-2", "r2", Set.of(Caller.REQUESTER));

        assertThatThrownBy(() -> payments.payBonus(stranger, task.id(), "worker-1", usd("1"), "thanks"))
                .isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> payments.payBonus(REQUESTER_CALLER, task.id(), "worker-1", usd("1"), "  "))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> payments.payBonus(REQUESTER_CALLER, task.id(), "worker-1", usd("0"), "thanks"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> payments.payBonus(REQUESTER_CALLER, task.id(), "worker-1", Money.of("1", "EUR"),
                "thanks")).isInstanceOf(InvalidRequestException.class);
        transaction.commit();
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void aCancelledTaskGetsItsWholeEscrowBackAndTheEscrowEndsEmpty() {
        deposit("10.00");
        Task task = task("0.50", 3);
        payments.holdEscrow(task.id());
        transaction.commit();

        assertThat(payments.refundCancelled(task.id())).isEqualTo(usd("1.65"));
        transaction.commit();

        assertThat(balance(AccountKind.REQUESTER, REQUESTER)).isEqualTo(usd("10.00"));
        assertThat(balance(AccountKind.ESCROW, task.id()).amount()).isEqualByComparingTo("0");
        assertThat(ledger.all()).extracting(e -> e.kind() + " " + e.amount()).last().isEqualTo("refund 1.6500");
        assertThat(lastEvent(task).type()).isEqualTo(TaskEventType.REQUESTER_REFUNDED);
    }

    private void deposit(String amount) {
        payments.deposit(ADMIN, REQUESTER, usd(amount));
    }

    private Task task(String reward, int redundancy) {
        Task task = new Task(REQUESTER, TaskDraft.from(new TaskDraft.Raw("Label", null, "labeling", reward, "USD",
                redundancy, "PT1H", List.of(), null)), null, NOW);
        lenient().when(tasks.get(task.id())).thenReturn(task);
        lenient().when(tasks.find(task.id())).thenReturn(java.util.Optional.of(task));
        return task;
    }

    private static Submission decided(Task task, String workerId, Submission.Decision decision, String reason) {
        Submission submission = new Assignment(task.id(), workerId, NOW, Duration.ofHours(1), "turn")
                .submit("{}", NOW);
        submission.decide(decision, "reviewer-1", reason, NOW);
        return submission;
    }

    private Money balance(AccountKind kind, String owner) {
        return accounts.balanceOf(kind, owner, "USD");
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static TaskEvent lastEvent(Task task) {
        List<TaskEvent> events = new ArrayList<>(task.events());
        return events.get(events.size() - 1);
    }
}
