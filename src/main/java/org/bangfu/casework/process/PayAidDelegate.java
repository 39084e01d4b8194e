package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ReserveFunds / Task_ReserveEmergency: in the transaction of the last approval, creates the payment line with
 * its idempotency key and reserves the money; refused (the approval with it) when no allocation has enough. Sets
 * {@code paymentKey} and {@code financeGroup} for the payment sub-process.
 */
@Component("payAidDelegate")
class PayAidDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    PayAidDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String approvedBy = (String) execution.getVariable(ProcessIds.VAR_LAST_APPROVER);
        String key = lifecycle.approvePayment((Long) execution.getVariable(ProcessIds.VAR_AID_REQUEST_ID),
                approvedBy == null ? "system" : approvedBy);
        execution.setVariable(ProcessIds.VAR_PAYMENT_KEY, key);
        execution.setVariable(ProcessIds.VAR_FINANCE_GROUP, lifecycle.financeGroup(key));
    }
}
