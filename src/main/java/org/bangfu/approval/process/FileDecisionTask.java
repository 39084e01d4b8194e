package org.bangfu.approval.process;

import java.util.Map;

import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.CaseApprovalKind;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/**
 * 审批建档: the approver's decision on a file — approve, reject or return with a reason. Nobody who touched the case
 * (filed, reviewed, visited, supplied data) is offered it or may claim it.
 */
@Component
public class FileDecisionTask extends CaseApprovalKind<DecisionCommand> {

    private final ApprovalService approval;

    FileDecisionTask(ApprovalService approval) {
        super("Task_ApproveFile", "decide-file", DecisionCommand.class, approval);
        this.approval = approval;
    }







    @Override
    public Map<String, Object> complete(OpenTask task, DecisionCommand decision, CurrentUser user) {
        Outcome outcome = approval.decideFile(caseId(task), decision, user).outcome();
        return Map.of("fileDecision", outcome.name());
    }
}
