package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenFile: opens the file and sets the visit cycle of its grade. */
@Component("openFileDelegate")
class OpenFileDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    OpenFileDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(ProcessIds.VAR_CASE_ID);
        execution.setVariable(ProcessIds.VAR_VISIT_CYCLE, lifecycle.openFile(caseId));
    }
}
