package org.bangfu.campaign;

import java.time.OffsetDateTime;

/** An open task of a warmth campaign in the user's inbox: which campaign, which unit, due when. */
public record CampaignTask(String taskId, String taskKey, long campaignId, String campaignName, Long unitId,
                           String unitName, OffsetDateTime due, boolean overdue) {
}
