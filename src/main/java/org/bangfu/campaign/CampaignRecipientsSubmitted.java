package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** A participating unit submitted its recipients. */
public record CampaignRecipientsSubmitted(String actor, long unitId, long campaignId,
                                          int recipients) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_RECIPIENTS_SUBMITTED", null, unitId,
                CampaignAuditText.of(campaignId, recipients + " recipients"));
    }
}
