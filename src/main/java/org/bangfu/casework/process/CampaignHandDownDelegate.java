package org.bangfu.casework.process;

import org.bangfu.campaign.CampaignVariables;
import org.bangfu.campaign.CampaignService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the plan is approved: the budget goes down to the participating units (real pass-downs in the ledger). */
@Component("campaignHandDownDelegate")
class CampaignHandDownDelegate implements JavaDelegate {

    private final CampaignService campaigns;

    CampaignHandDownDelegate(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.handDownBudget(((Number) execution.getVariable(CampaignVariables.CAMPAIGN_ID)).longValue(),
                (String) execution.getVariable(CampaignVariables.DECIDED_BY));
    }
}
