package org.bangfu.campaign.process;

import java.util.HashMap;
import java.util.Map;

import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignSteps.Decision;
import org.bangfu.campaign.CampaignVariables;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 审批慰问对象: the unit's approving unit approves its recipients or sends them back. */
@Component
class ApproveRecipientsStep extends CampaignStep<Decision> {

    private final CampaignService campaigns;

    ApproveRecipientsStep(CampaignService campaigns) {
        super(CampaignVariables.TASK_APPROVE_RECIPIENTS, Role.APPROVER, Decision.class);
        this.campaigns = campaigns;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Decision decision, CurrentUser user) {
        campaigns.approveRecipients(campaignId(task), unitId(task), decision.approve(), decision.note(), user);
        // declared by the sub-process's input mapping, so they land in this unit's instance: units decided at the
        // same time never see each other's answer
        Map<String, Object> answer = new HashMap<>();
        answer.put(CampaignVariables.RECIPIENTS_APPROVED, decision.approve());
        answer.put(CampaignVariables.RECIPIENTS_APPROVED_BY, user.username());
        return answer;
    }
}
