package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_DrawSample: starts the yearly re-verification run and draws its sample; sets {@code runId}. */
@Component("drawSampleDelegate")
class DrawSampleDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    DrawSampleDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer year = (Integer) execution.getVariable(ProcessIds.VAR_REVIEW_YEAR);
        Long unitId = (Long) execution.getVariable(ProcessIds.VAR_REVIEW_UNIT_ID);
        long runId = lifecycle.drawSample(year, unitId, (Long) execution.getVariable(ProcessIds.VAR_REVIEW_SEED),
                (String) execution.getVariable(ProcessIds.VAR_STARTED_BY));
        execution.setVariable(ProcessIds.VAR_RUN_ID, runId);
        execution.setVariable(ProcessIds.VAR_NOTIFY_BATCHES, lifecycle.notifyBatches(runId));
    }
}
