package io.crowdflow.task.interfaces.rest;

import io.crowdflow.shared.domain.Money;
import io.crowdflow.task.interfaces.rest.TaskView.RewardView;

/**
 * What a task would cost its requester: reward x the slots escrowed (the redundancy, or {@code maxAssignments} when
 * dynamic overlap may make more), the platform's fee on it, and the total escrowed.
 */
public record TaskQuoteView(RewardView reward, int redundancy, int slots, RewardView rewards, RewardView fee,
                            String feePercent, RewardView total) {

    static RewardView of(Money money) {
        return new RewardView(money.amountText(), money.currency());
    }
}
