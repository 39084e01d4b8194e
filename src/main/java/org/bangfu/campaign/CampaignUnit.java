package org.bangfu.campaign;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One participating unit of a campaign with its progress: recipients registered, cash and goods, and coverage of the
 * open deep-hardship files in its subtree (visited or registered, with a reason, still missing).
 */
public record CampaignUnit(long id, long campaignId, long unitId, String unitName, CampaignUnitStatus status,
                           String returnNote, String reportText, String reportedBy, OffsetDateTime reportedAt,
                           boolean late, int recipients, BigDecimal cash, BigDecimal goods, int deepFiles,
                           int deepCovered, int deepExempted) {

    public int deepMissing() {
        return deepFiles - deepCovered - deepExempted;
    }
}
