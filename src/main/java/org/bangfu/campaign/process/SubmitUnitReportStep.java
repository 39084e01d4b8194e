package org.bangfu.campaign.process;

import java.util.Map;

import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignSteps.Report;
import org.bangfu.campaign.CampaignVariables;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 提交单位报告: the unit reports on its campaign. */
@Component
class SubmitUnitReportStep extends CampaignStep<Report> {

    private final CampaignService campaigns;

    SubmitUnitReportStep(CampaignService campaigns) {
        super(CampaignVariables.TASK_SUBMIT_UNIT_REPORT, Role.CASE_WORKER, Report.class);
        this.campaigns = campaigns;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Report report, CurrentUser user) {
        campaigns.submitReport(campaignId(task), unitId(task), report.text(), user);
        return Map.of();
    }
}
