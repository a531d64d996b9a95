package io.crowdflow.payment.interfaces.bpmn;

import io.crowdflow.payment.application.PaymentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static io.crowdflow.platform.process.TaskLifecycleModel.*;

/** ServiceTask_HoldEscrow: reward x redundancy plus fee moves into the task's escrow. */
@Named("holdEscrowDelegate")
@ApplicationScoped
public class HoldEscrowDelegate implements JavaDelegate {

    @Inject
    PaymentService payments;

    @Override
    public void execute(DelegateExecution execution) {
        payments.holdEscrow((String) execution.getVariable(TASK_ID));
    }
}
