package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_StartNotice: starts the public notice and sets the timer date {@code noticeEnds}. */
@Component("startNoticeDelegate")
class StartNoticeDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    StartNoticeDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(ProcessIds.VAR_CASE_ID);
        execution.setVariable(ProcessIds.VAR_NOTICE_ENDS, lifecycle.startNotice(caseId));
    }
}
