package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ConvertToFile: the completed temporary file continues on the hardship-file process. */
@Component("convertEmergencyDelegate")
class ConvertEmergencyDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    ConvertEmergencyDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(ProcessIds.VAR_CASE_ID);
        lifecycle.convertEmergency(caseId);
    }
}
