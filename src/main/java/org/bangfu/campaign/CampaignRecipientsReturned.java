package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** The recipients a unit submitted were returned to it, with the reason. */
public record CampaignRecipientsReturned(String actor, long unitId, long campaignId, int recipients,
                                         String note) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_RECIPIENTS_RETURNED", null, unitId,
                CampaignAuditText.of(campaignId, recipients + " recipients: " + note));
    }
}
