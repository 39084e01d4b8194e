package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PayGradualMonth (async): approves the payment line of the next gradual-exit month; sets {@code paymentKey}
 * (null when the month pays nothing), {@code financeGroup} and {@code gradualDone}.
 */
@Component("payGradualMonthDelegate")
class PayGradualMonthDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    PayGradualMonthDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(ProcessIds.VAR_CASE_ID);
        FileLifecycle.GradualMonth month = lifecycle.payNextGradualMonth(caseId);
        execution.setVariable(ProcessIds.VAR_GRADUAL_DONE, month.last());
        execution.setVariable(ProcessIds.VAR_PAYMENT_KEY, month.paymentKey());
        execution.setVariable(ProcessIds.VAR_FINANCE_GROUP,
                month.paymentKey() == null ? null : lifecycle.financeGroup(month.paymentKey()));
    }
}
