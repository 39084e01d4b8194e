package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** A participating unit was reminded of its report (by the process). */
public record CampaignReminded(long unitId, long campaignId) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry("system", "CAMPAIGN_REMINDED", null, unitId,
                CampaignAuditText.of(campaignId, null));
    }
}
