package org.bangfu.casework.process;

import org.bangfu.campaign.CampaignVariables;
import org.bangfu.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After a unit's recipients are approved: one payment line per recipient with cash (exactly once per key). */
@Component("campaignPayDelegate")
class CampaignPayDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    CampaignPayDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.payRecipients(((Number) execution.getVariable(CampaignVariables.CAMPAIGN_ID)).longValue(),
                ((Number) execution.getVariable(CampaignVariables.UNIT_ID)).longValue(),
                (String) execution.getVariable(CampaignVariables.RECIPIENTS_APPROVED_BY));
    }
}
