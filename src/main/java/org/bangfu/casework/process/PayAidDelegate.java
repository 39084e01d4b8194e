package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PayAid / Task_PayEmergency (async, retried): pays the approved request once. */
@Component("payAidDelegate")
class PayAidDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    PayAidDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.payAid((Long) execution.getVariable(ProcessIds.VAR_AID_REQUEST_ID));
    }
}
