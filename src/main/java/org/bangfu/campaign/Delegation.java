package org.bangfu.campaign;

import java.util.List;

/** A visiting delegation (慰问组) of a campaign: leader, members, departments, places (units) and items per place. */
public record Delegation(long id, long campaignId, String name, String leader, String members, String departments,
                         String liaison, List<Long> placeUnitIds, List<DelegationItem> items) {
}
