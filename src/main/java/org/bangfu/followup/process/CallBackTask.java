package org.bangfu.followup.process;

import java.util.Map;

import org.bangfu.followup.FollowUpService;
import org.bangfu.identification.CaseTaskKind;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 回访: a call-back on an exited household; a relapse is reported separately from the watch-list. */
@Component
public class CallBackTask extends CaseTaskKind<CallBackTask.CallBack> {

    public record CallBack(boolean relapsed, String note) {
    }

    private final FollowUpService followUp;

    CallBackTask(FollowUpService followUp) {
        super("Task_CallBack", "call-back", CallBack.class);
        this.followUp = followUp;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, CallBack callBack, CurrentUser user) {
        followUp.recordCallBack(caseId(task), callBack.relapsed(), callBack.note(), user);
        return Map.of();
    }
}
