package io.crowdflow.payment.interfaces.bpmn;

import io.crowdflow.payment.application.PaymentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import static io.crowdflow.platform.process.TaskLifecycleModel.*;

/** ServiceTask_SettlePayment: accepted work is paid from escrow, the rest refunded. */
@Named("settlePaymentDelegate")
@ApplicationScoped
public class SettlePaymentDelegate implements JavaDelegate {

    @Inject
    PaymentService payments;

    @Override
    public void execute(DelegateExecution execution) {
        payments.settle((String) execution.getVariable(TASK_ID));
    }
}
