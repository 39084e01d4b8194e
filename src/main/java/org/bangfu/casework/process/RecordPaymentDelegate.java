package org.bangfu.casework.process;

import org.bangfu.funds.PaymentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordPayment (async, retried by the job executor): records the payment; idempotent per case. */
@Component("recordPaymentDelegate")
class RecordPaymentDelegate implements JavaDelegate {

    private final PaymentService payments;

    RecordPaymentDelegate(PaymentService payments) {
        this.payments = payments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        payments.recordPayment((Long) execution.getVariable(ProcessIds.VAR_CASE_ID));
    }
}
