package org.bangfu.followup.process;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.CaseApprovals;
import org.bangfu.approval.Tier;
import org.bangfu.followup.ExitAssessment;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.followup.FollowUpService;
import org.bangfu.identification.CaseTaskKind;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/**
 * 审批解困: the approver approves an exit with its gradual-exit months and monthly aid (at most 60% of the former),
 * or rejects it; nobody who touched the case may.
 */
@Component
public class ApproveExitTask extends CaseTaskKind<ExitDecisionCommand> {

    private final FollowUpService followUp;
    private final ApprovalService approval;

    ApproveExitTask(FollowUpService followUp, ApprovalService approval) {
        super("Task_ApproveExit", "decide-exit", ExitDecisionCommand.class);
        this.followUp = followUp;
        this.approval = approval;
    }

    @Override
    public Role role() {
        return Role.APPROVER;
    }

    @Override
    public Set<String> variables() {
        return CaseApprovals.VARIABLES;
    }

    @Override
    public String badgeVariable() {
        return CaseApprovals.TIER;
    }

    @Override
    public String badgeType() {
        return Tier.class.getSimpleName();
    }

    @Override
    public void checkMayClaim(OpenTask task, CurrentUser user) {
        CaseApprovals.checkMayClaim(approval, task, user);
    }

    @Override
    public Set<String> touchedBy(List<OpenTask> tasks, CurrentUser user) {
        return CaseApprovals.touchedBy(approval, tasks, user);
    }

    @Override
    public Map<String, Object> complete(OpenTask task, ExitDecisionCommand command, CurrentUser user) {
        ExitAssessment decided = followUp.decideExit(task.longVariable("exitId"), command, user);
        return Map.of("exitApproved", "APPROVED".equals(decided.decision()));
    }
}
