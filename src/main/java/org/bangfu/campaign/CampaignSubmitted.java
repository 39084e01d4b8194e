package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** A planned campaign was submitted for approval. */
public record CampaignSubmitted(String actor, long unitId, long campaignId) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_SUBMITTED", null, unitId,
                CampaignAuditText.of(campaignId, null));
    }
}
