package org.bangfu.campaign.process;

import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignVariables;
import org.bangfu.workflow.ProcessStep;
import org.bangfu.workflow.SlaSweep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code WarmthCampaignProcess}, each one call into the campaign module, declared here with the
 * bean names the model uses ({@code camunda:delegateExpression="${campaignPayDelegate}"}); no engine types.
 */
@Configuration(proxyBeanMethods = false)
class CampaignServiceTasks {

    /** Task_HandDownBudget: the approved plan's budget is handed down to the participating units. */
    @Bean("campaignHandDownDelegate")
    ProcessStep campaignHandDownDelegate(CampaignService campaigns) {
        return step -> campaigns.handDownBudget(step.longVariable(CampaignVariables.CAMPAIGN_ID),
                step.stringVariable(CampaignVariables.DECIDED_BY));
    }

    /** Task_PayRecipients: payment lines for the unit's approved recipients. */
    @Bean("campaignPayDelegate")
    ProcessStep campaignPayDelegate(CampaignService campaigns) {
        return step -> campaigns.payRecipients(step.longVariable(CampaignVariables.CAMPAIGN_ID),
                step.longVariable(CampaignVariables.UNIT_ID),
                step.stringVariable(CampaignVariables.RECIPIENTS_APPROVED_BY));
    }

    /** Task_RemindReport: the unit is reminded before its report deadline. */
    @Bean("campaignRemindDelegate")
    ProcessStep campaignRemindDelegate(CampaignService campaigns) {
        return step -> campaigns.remind(step.longVariable(CampaignVariables.CAMPAIGN_ID),
                step.longVariable(CampaignVariables.UNIT_ID));
    }

    /** Task_ReportOverdue: the unit's report is late: marked late, and its open tasks go to the unit above too. */
    @Bean("campaignOverdueDelegate")
    ProcessStep campaignOverdueDelegate(CampaignService campaigns, SlaSweep escalation) {
        return step -> {
            campaigns.markOverdue(step.longVariable(CampaignVariables.CAMPAIGN_ID),
                    step.longVariable(CampaignVariables.UNIT_ID));
            escalation.escalateOverdue(step.processInstanceId());
        };
    }

    /** Task_RollUp: every unit has reported: the campaign closes and its totals roll up to the organiser. */
    @Bean("campaignRollUpDelegate")
    ProcessStep campaignRollUpDelegate(CampaignService campaigns) {
        return step -> campaigns.close(step.longVariable(CampaignVariables.CAMPAIGN_ID));
    }
}
