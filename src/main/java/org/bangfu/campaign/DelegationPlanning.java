package org.bangfu.campaign;

import java.util.List;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrgUnit;

/**
 * What the delegation screen needs before a delegation exists: the campaign's name and state, whether the user may
 * create delegations, the units a delegation may visit (the participating units and every unit below them) and the
 * standards per target group. Kept apart from {@link CampaignService} so that the delegation screen works on its own.
 */
public interface DelegationPlanning {

    /** Refused when the user's unit neither covers the organising unit nor any participating unit. */
    Setup setup(long campaignId, CurrentUser user);

    record Setup(long campaignId, String campaignName, long organiserUnitId, CampaignStatus status,
                 boolean mayCreate, List<OrgUnit> placeOptions, List<CampaignGroupPlan> standards) {
    }
}
