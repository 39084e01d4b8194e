package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** A submitted campaign was rejected, with the approver's note if any. */
public record CampaignRejected(String actor, long unitId, long campaignId, String note) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_REJECTED", null, unitId,
                CampaignAuditText.of(campaignId, note));
    }
}
