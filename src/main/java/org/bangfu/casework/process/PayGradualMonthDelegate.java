package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PayGradualMonth (async): pays the next gradual-exit month; sets {@code gradualDone}. */
@Component("payGradualMonthDelegate")
class PayGradualMonthDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    PayGradualMonthDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(ProcessIds.VAR_CASE_ID);
        execution.setVariable(ProcessIds.VAR_GRADUAL_DONE, lifecycle.payNextGradualMonth(caseId));
    }
}
