package org.bangfu.campaign;

import java.util.List;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrgUnit;

/**
 * What the delegation screen needs before a delegation exists: the campaign's name and state, whether the user may
 * create delegations and the standards per target group; the units a delegation may visit come page by page from
 * {@link #places}. Kept apart from {@link CampaignService} so that the delegation screen works on its own.
 */
public interface DelegationPlanning {

    /** Refused when the user's unit neither covers the organising unit nor any participating unit. */
    Setup setup(long campaignId, CurrentUser user);

    /**
     * One page of the units a delegation may visit (the participating units and every unit below them) whose name
     * or code contains {@code filter} (all when blank), in tree order; filtered and paged in SQL, refused like
     * {@link #setup}. The place picker's lazy list.
     */
    List<OrgUnit> places(long campaignId, String filter, int offset, int limit, CurrentUser user);

    /** How many units {@link #places} has for that filter. */
    int placeCount(long campaignId, String filter, CurrentUser user);

    record Setup(long campaignId, String campaignName, long organiserUnitId, CampaignStatus status,
                 boolean mayCreate, List<CampaignGroupPlan> standards) {
    }
}
