package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NextTier: the next tier that must approve the aid request and its group; sets {@code tierPending}. */
@Component("nextTierDelegate")
class NextTierDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    NextTierDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long requestId = (Long) execution.getVariable(ProcessIds.VAR_AID_REQUEST_ID);
        FileLifecycle.NextTier next = lifecycle.nextTier(requestId);
        execution.setVariable(ProcessIds.VAR_TIER_PENDING, next.pending());
        execution.setVariable(ProcessIds.VAR_TIER, next.tier());
        execution.setVariable(ProcessIds.VAR_APPROVER_GROUP, next.group());
    }
}
