package org.bangfu.casework.process;

import org.bangfu.campaign.CampaignVariables;
import org.bangfu.campaign.CampaignService;
import org.bangfu.workflow.SlaSweep;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The unit's report is overdue: marked late, and its open tasks go to the organising unit's inbox too. */
@Component("campaignOverdueDelegate")
class CampaignOverdueDelegate implements JavaDelegate {

    private final CampaignService campaigns;
    private final SlaSweep escalation;

    CampaignOverdueDelegate(CampaignService campaigns, SlaSweep escalation) {
        this.campaigns = campaigns;
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.markOverdue(((Number) execution.getVariable(CampaignVariables.CAMPAIGN_ID)).longValue(),
                ((Number) execution.getVariable(CampaignVariables.UNIT_ID)).longValue());
        escalation.escalateOverdue(execution.getProcessInstanceId());
    }
}
