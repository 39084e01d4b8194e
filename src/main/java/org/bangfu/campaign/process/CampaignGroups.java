package org.bangfu.campaign.process;

import java.util.List;

import org.bangfu.campaign.CampaignService;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.springframework.stereotype.Component;

/**
 * Expressions of {@code WarmthCampaignProcess}: the participating units of the multi-instance sub-process and the
 * candidate groups of a unit's tasks (its case workers; the approvers of its approving unit).
 */
@Component("campaignGroups")
public class CampaignGroups {

    private final CampaignService campaigns;
    private final OrganizationService organization;

    CampaignGroups(CampaignService campaigns, OrganizationService organization) {
        this.campaigns = campaigns;
        this.organization = organization;
    }

    public List<Long> unitIds(Object campaignId) {
        return campaigns.unitIds(((Number) campaignId).longValue());
    }

    public String caseWorkers(Object unitId) {
        return Role.CASE_WORKER.candidateGroup(organization.unit(((Number) unitId).longValue()).code());
    }

    public String approvers(Object unitId) {
        return Role.APPROVER.candidateGroup(organization.approvingUnitFor(((Number) unitId).longValue()).code());
    }
}
