package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_EndNotice: the notice is over and every objection resolved; the file awaits approval. */
@Component("endNoticeDelegate")
class EndNoticeDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    EndNoticeDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.endNotice((Long) execution.getVariable(ProcessIds.VAR_CASE_ID));
    }
}
