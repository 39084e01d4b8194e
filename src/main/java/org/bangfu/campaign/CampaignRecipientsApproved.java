package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** The recipients a unit submitted were approved. */
public record CampaignRecipientsApproved(String actor, long unitId, long campaignId,
                                         int recipients) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_RECIPIENTS_APPROVED", null, unitId,
                CampaignAuditText.of(campaignId, recipients + " recipients"));
    }
}
