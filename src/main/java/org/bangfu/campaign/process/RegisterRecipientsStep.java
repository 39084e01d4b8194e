package org.bangfu.campaign.process;

import java.util.Map;

import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignSteps.Done;
import org.bangfu.campaign.CampaignVariables;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 登记慰问对象: the unit submits the recipients it registered for approval. */
@Component
class RegisterRecipientsStep extends CampaignStep<Done> {

    private final CampaignService campaigns;

    RegisterRecipientsStep(CampaignService campaigns) {
        super(CampaignVariables.TASK_REGISTER_RECIPIENTS, Role.CASE_WORKER, Done.class);
        this.campaigns = campaigns;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Done done, CurrentUser user) {
        campaigns.submitRecipients(campaignId(task), unitId(task), user);
        return Map.of();
    }
}
