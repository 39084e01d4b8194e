package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** A participating unit reported on its campaign, on time or late. */
public record CampaignReported(String actor, long unitId, long campaignId, boolean late) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_REPORTED", null, unitId,
                CampaignAuditText.of(campaignId, late ? "late" : "on time"));
    }
}
