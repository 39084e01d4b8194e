package org.bangfu.approval.process;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.CaseApprovals;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.approval.Tier;
import org.bangfu.identification.CaseTaskKind;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/**
 * 审批建档: the approver's decision on a file — approve, reject or return with a reason. Nobody who touched the case
 * (filed, reviewed, visited, supplied data) is offered it or may claim it.
 */
@Component
public class FileDecisionTask extends CaseTaskKind<DecisionCommand> {

    private final ApprovalService approval;

    FileDecisionTask(ApprovalService approval) {
        super("Task_ApproveFile", "decide-file", DecisionCommand.class);
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
    public Map<String, Object> complete(OpenTask task, DecisionCommand decision, CurrentUser user) {
        Outcome outcome = approval.decideFile(caseId(task), decision, user).outcome();
        return Map.of("fileDecision", outcome.name());
    }
}
