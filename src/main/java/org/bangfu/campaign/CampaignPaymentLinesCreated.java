package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** Payment lines were created for a unit's approved recipients. */
public record CampaignPaymentLinesCreated(String actor, long unitId, long campaignId, int lines) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_PAYMENT_LINES", null, unitId,
                CampaignAuditText.of(campaignId, lines + " payment lines"));
    }
}
