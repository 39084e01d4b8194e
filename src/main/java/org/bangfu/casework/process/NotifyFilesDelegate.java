package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_NotifyFiles, one instance per batch (asynchronous, each in its own transaction): starts the yearly review in
 * the process of each file of the batch.
 */
@Component("notifyFilesDelegate")
class NotifyFilesDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    NotifyFilesDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.notifyFiles((Long) execution.getVariable(ProcessIds.VAR_RUN_ID),
                ((Number) execution.getVariable(ProcessIds.VAR_LOOP_COUNTER)).intValue());
    }
}
