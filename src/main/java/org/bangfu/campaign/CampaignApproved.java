package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** A submitted campaign was approved, with the approver's note if any. */
public record CampaignApproved(String actor, long unitId, long campaignId, String note) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_APPROVED", null, unitId,
                CampaignAuditText.of(campaignId, note));
    }
}
