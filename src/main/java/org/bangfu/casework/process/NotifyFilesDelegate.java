package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyFiles: starts the yearly review in the process of every file of the run. */
@Component("notifyFilesDelegate")
class NotifyFilesDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    NotifyFilesDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.notifyFiles((Long) execution.getVariable(ProcessIds.VAR_RUN_ID));
    }
}
