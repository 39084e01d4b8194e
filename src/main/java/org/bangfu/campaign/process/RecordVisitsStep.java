package org.bangfu.campaign.process;

import java.util.Map;

import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignSteps.Done;
import org.bangfu.campaign.CampaignVariables;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 记录走访慰问: the unit has recorded its visits; on to its report. */
@Component
class RecordVisitsStep extends CampaignStep<Done> {

    private final CampaignService campaigns;

    RecordVisitsStep(CampaignService campaigns) {
        super(CampaignVariables.TASK_RECORD_VISITS, Role.CASE_WORKER, Done.class);
        this.campaigns = campaigns;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Done done, CurrentUser user) {
        campaigns.unit(campaignId(task), unitId(task), user);
        return Map.of();
    }
}
