package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** A running campaign was closed (by the process). */
public record CampaignClosed(long unitId, long campaignId) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry("system", "CAMPAIGN_CLOSED", null, unitId,
                CampaignAuditText.of(campaignId, null));
    }
}
