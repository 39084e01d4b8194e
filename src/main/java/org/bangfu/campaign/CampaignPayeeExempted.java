package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** An open deep-hardship file was exempted from a campaign's full coverage, with the reason. */
public record CampaignPayeeExempted(String actor, long caseId, long unitId, long campaignId,
                                    String reason) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_PAYEE_EXEMPTED", caseId, unitId,
                CampaignAuditText.of(campaignId, reason));
    }
}
