package org.bangfu.campaign.process;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignVariables;
import org.bangfu.workflow.OpenTask;
import org.bangfu.workflow.TaskSubjects;
import org.springframework.stereotype.Component;

/**
 * What campaign steps are about: the campaign (its name) and the participating unit of the step, or the organising
 * unit for the campaign's own approval. They are worked on the campaign screens.
 */
@Component
class CampaignSubjects implements TaskSubjects {

    static final String NAME = "campaign";

    private final CampaignService campaigns;

    CampaignSubjects(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Subject> describe(List<OpenTask> tasks) {
        Map<Long, Campaign> known = new HashMap<>();
        Map<String, Subject> subjects = new HashMap<>();
        for (OpenTask task : tasks) {
            Long campaignId = task.longVariable(CampaignVariables.CAMPAIGN_ID);
            if (campaignId == null) {
                continue;
            }
            Campaign campaign = known.computeIfAbsent(campaignId, campaigns::campaign);
            Long unitId = task.longVariable(CampaignVariables.UNIT_ID);
            Map<String, Object> ids = new LinkedHashMap<>();
            ids.put("campaignId", campaignId);
            if (unitId != null) {
                ids.put("unitId", unitId);
            }
            subjects.put(task.taskId(), new Subject(campaign.name(), null,
                    unitId != null ? unitId : campaign.unitId(), ids,
                    unitId != null ? "campaigns/" + campaignId + "/units/" + unitId : "campaigns/" + campaignId));
        }
        return subjects;
    }
}
