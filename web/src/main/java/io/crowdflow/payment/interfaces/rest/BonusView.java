package io.crowdflow.payment.interfaces.rest;

import io.crowdflow.payment.domain.Bonus;
import io.crowdflow.task.interfaces.rest.TaskView.RewardView;

import java.time.Instant;

/** A bonus as the API shows it. */
public record BonusView(String id, String taskId, String workerId, RewardView amount, String reason, Instant paidAt) {

    static BonusView of(Bonus bonus) {
        return new BonusView(bonus.id(), bonus.taskId(), bonus.workerId(),
                new RewardView(bonus.amount().amountText(), bonus.amount().currency()), bonus.reason(), bonus.paidAt());
    }
}
