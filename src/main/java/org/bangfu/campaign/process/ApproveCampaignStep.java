package org.bangfu.campaign.process;

import java.util.Map;
import java.util.Set;

import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignSteps.Decision;
import org.bangfu.campaign.CampaignVariables;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 审批活动方案: the organiser's approving unit approves the campaign plan or sends it back. */
@Component
class ApproveCampaignStep extends CampaignStep<Decision> {

    private final CampaignService campaigns;

    ApproveCampaignStep(CampaignService campaigns) {
        super(CampaignVariables.TASK_APPROVE_CAMPAIGN, Role.APPROVER, Decision.class);
        this.campaigns = campaigns;
    }

    @Override
    public Set<String> variables() {
        return Set.of(CampaignVariables.CAMPAIGN_ID);
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Decision decision, CurrentUser user) {
        campaigns.decide(campaignId(task), decision.approve(), decision.note(), user);
        return Map.of(CampaignVariables.APPROVED, decision.approve(), CampaignVariables.DECIDED_BY, user.username());
    }
}
