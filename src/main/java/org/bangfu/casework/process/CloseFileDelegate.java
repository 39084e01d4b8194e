package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseFile: archives the file and sets the watch-list period and call-back cycle. */
@Component("closeFileDelegate")
class CloseFileDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    CloseFileDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(ProcessIds.VAR_CASE_ID);
        FileLifecycle.Watch watch = lifecycle.closeFile(caseId);
        execution.setVariable(ProcessIds.VAR_WATCH_UNTIL, watch.until());
        execution.setVariable(ProcessIds.VAR_CALL_BACK_CYCLE, watch.callBackCycle());
    }
}
