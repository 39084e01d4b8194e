package org.bangfu.followup.process;

import java.util.Map;

import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.CaseApprovalKind;
import org.bangfu.followup.ExitAssessment;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.followup.FollowUpService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/**
 * 审批解困: the approver approves an exit with its gradual-exit months and monthly aid (at most 60% of the former),
 * or rejects it; nobody who touched the case may.
 */
@Component
public class ApproveExitTask extends CaseApprovalKind<ExitDecisionCommand> {

    private final FollowUpService followUp;
    private final ApprovalService approval;

    ApproveExitTask(FollowUpService followUp, ApprovalService approval) {
        super("Task_ApproveExit", "decide-exit", ExitDecisionCommand.class, approval);
        this.followUp = followUp;
        this.approval = approval;
    }







    @Override
    public Map<String, Object> complete(OpenTask task, ExitDecisionCommand command, CurrentUser user) {
        ExitAssessment decided = followUp.decideExit(task.longVariable("exitId"), command, user);
        return Map.of("exitApproved", "APPROVED".equals(decided.decision()));
    }
}
