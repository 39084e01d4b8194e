package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** A unit removed a recipient it had registered. */
public record CampaignPayeeRemoved(String actor, long unitId, long campaignId, long recipientId) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_PAYEE_REMOVED", null, unitId,
                CampaignAuditText.of(campaignId, "recipient " + recipientId));
    }
}
