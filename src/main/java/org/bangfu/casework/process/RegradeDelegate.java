package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_Regrade: re-grades the file through the decision table; sets {@code sampled} on the review scope. */
@Component("regradeDelegate")
class RegradeDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    RegradeDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(ProcessIds.VAR_CASE_ID);
        execution.setVariableLocal(ProcessIds.VAR_SAMPLED, lifecycle.regrade(caseId));
    }
}
