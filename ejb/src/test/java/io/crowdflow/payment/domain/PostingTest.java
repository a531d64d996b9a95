package io.crowdflow.payment.domain;

import io.crowdflow.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostingTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final Account external = new Account(AccountKind.EXTERNAL, "deposits", "USD");
    private final Account requester = new Account(AccountKind.REQUESTER, "requester-1", "USD");
    private final Account escrow = new Account(AccountKind.ESCROW, "task-1", "USD");

    @Test
    void aNewAccountIsEmptyAndNamedByKindOwnerAndCurrency() {
        assertThat(requester.id()).isEqualTo("requester:requester-1:USD");
        assertThat(requester.id()).isEqualTo(Account.idOf(AccountKind.REQUESTER, "requester-1", "USD"));
        assertThat(requester.balance()).isEqualTo(Money.zero("USD"));
        assertThat(requester.kind()).isEqualTo(AccountKind.REQUESTER);
        assertThat(requester.ownerId()).isEqualTo("requester-1");
        assertThat(requester.currency()).isEqualTo("USD");
    }

    @Test
    void aTransferMovesTheAmountAndRecordsBothSides() {
        Posting.transfer(external, requester, Money.of("10", "USD"), null, "deposit", NOW);

        Posting posting = Posting.transfer(requester, escrow, Money.of("1.65", "USD"), "task-1", "escrow", NOW);

        assertThat(requester.balance()).isEqualTo(Money.of("8.35", "USD"));
        assertThat(escrow.balance()).isEqualTo(Money.of("1.65", "USD"));
        assertThat(posting.fromAccount()).isEqualTo(requester.id());
        assertThat(posting.toAccount()).isEqualTo(escrow.id());
        assertThat(posting.amount()).isEqualTo(Money.of("1.65", "USD"));
        assertThat(posting.taskId()).isEqualTo("task-1");
        assertThat(posting.reason()).isEqualTo("escrow");
        assertThat(posting.postedAt()).isEqualTo(NOW);
    }

    @Test
    void balancesSumToZeroAfterAnyTransfers() {
        Posting.transfer(external, requester, Money.of("10", "USD"), null, "deposit", NOW);
        Posting.transfer(requester, escrow, Money.of("3.3333", "USD"), "task-1", "escrow", NOW);
        Posting.transfer(escrow, requester, Money.of("1.1111", "USD"), "task-1", "refund", NOW);

        assertThat(external.balance().plus(requester.balance()).plus(escrow.balance())).isEqualTo(Money.zero("USD"));
    }

    @Test
    void theExternalAccountMayGoNegative() {
        Posting.transfer(external, requester, Money.of("250", "USD"), null, "deposit", NOW);

        assertThat(external.balance()).isEqualTo(Money.of("-250", "USD"));
    }

    @Test
    void anAccountMayBeEmptiedExactly() {
        Posting.transfer(external, requester, Money.of("1.65", "USD"), null, "deposit", NOW);

        Posting.transfer(requester, escrow, Money.of("1.65", "USD"), "task-1", "escrow", NOW);

        assertThat(requester.balance()).isEqualTo(Money.zero("USD"));
    }

    @Test
    void aRequesterCannotSpendMoreThanTheyHoldAndBothAccountsStayUnchanged() {
        Posting.transfer(external, requester, Money.of("1.00", "USD"), null, "deposit", NOW);

        assertThatThrownBy(() -> Posting.transfer(requester, escrow, Money.of("1.0001", "USD"), "task-1", "escrow",
                NOW))
                .isInstanceOf(InsufficientFundsException.class)
                .hasMessage("account requester:requester-1:USD holds 1.00 USD but 1.0001 USD is needed");
        assertThat(requester.balance()).isEqualTo(Money.of("1.00", "USD"));
        assertThat(escrow.balance()).isEqualTo(Money.zero("USD"));
    }

    @Test
    void anEscrowCannotPayOutMoreThanItHolds() {
        Account worker = new Account(AccountKind.WORKER, "worker-1", "USD");

        assertThatThrownBy(() -> Posting.transfer(escrow, worker, Money.of("0.01", "USD"), "task-1", "pay", NOW))
                .isInstanceOf(InsufficientFundsException.class);
        assertThat(worker.balance()).isEqualTo(Money.zero("USD"));
    }

    @Test
    void onlyPositiveAmountsAreMoved() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                Posting.transfer(external, requester, Money.zero("USD"), null, "nothing", NOW));
        assertThatIllegalArgumentException().isThrownBy(() ->
                Posting.transfer(external, requester, Money.of("-1", "USD"), null, "backwards", NOW));
        assertThat(external.balance()).isEqualTo(Money.zero("USD"));
        assertThat(requester.balance()).isEqualTo(Money.zero("USD"));
    }

    @Test
    void moneyInAnotherCurrencyCannotBeMovedIntoAnAccount() {
        Account euros = new Account(AccountKind.EXTERNAL, "deposits", "EUR");

        assertThatIllegalArgumentException().isThrownBy(() ->
                Posting.transfer(euros, requester, Money.of("1", "EUR"), null, "deposit", NOW));
    }
}
