package org.bangfu.casework.process;

import org.bangfu.campaign.CampaignVariables;
import org.bangfu.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every unit has reported: the campaign closes and its totals roll up to the organising unit. */
@Component("campaignRollUpDelegate")
class CampaignRollUpDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    CampaignRollUpDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.close(((Number) execution.getVariable(CampaignVariables.CAMPAIGN_ID)).longValue());
    }
}
