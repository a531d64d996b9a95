package io.crowdflow.payment.domain;

import io.crowdflow.shared.domain.ConflictException;
import io.crowdflow.shared.domain.Money;

public class InsufficientFundsException extends ConflictException {

    public InsufficientFundsException(String accountId, Money balance, Money needed) {
        super("account " + accountId + " holds " + balance.amountText() + " " + balance.currency()
                + " but " + needed.amountText() + " " + needed.currency() + " is needed");
    }

    @Override
    public String problemSlug() {
        return "insufficient-funds";
    }

    @Override
    public String title() {
        return "Insufficient funds";
    }
}
