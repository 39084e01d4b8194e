package org.bangfu.campaign;

import java.time.LocalDate;

import org.bangfu.shared.Audited;

/** The visit to a campaign recipient was recorded. */
public record CampaignVisitRecorded(String actor, long unitId, long campaignId, long recipientId,
                                    LocalDate visitedOn) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_VISIT_RECORDED", null, unitId,
                CampaignAuditText.of(campaignId, "recipient " + recipientId + " on " + visitedOn));
    }
}
