package org.bangfu.casework.process;

import org.bangfu.campaign.CampaignVariables;
import org.bangfu.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A few days before the report deadline: the unit is reminded (recorded, shown on the campaign screen). */
@Component("campaignRemindDelegate")
class CampaignRemindDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    CampaignRemindDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.remind(((Number) execution.getVariable(CampaignVariables.CAMPAIGN_ID)).longValue(),
                ((Number) execution.getVariable(CampaignVariables.UNIT_ID)).longValue());
    }
}
