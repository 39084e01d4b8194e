package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the file with the reason given as the input parameter {@code refusalReason}. */
@Component("refuseFileDelegate")
class RefuseFileDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    RefuseFileDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(ProcessIds.VAR_CASE_ID);
        lifecycle.refuse(caseId, (String) execution.getVariable(ProcessIds.VAR_REFUSAL_REASON));
    }
}
