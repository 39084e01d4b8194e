package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EndWatch: the watch period ended without relapse. */
@Component("endWatchDelegate")
class EndWatchDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    EndWatchDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(ProcessIds.VAR_CASE_ID);
        lifecycle.endWatch(caseId);
    }
}
