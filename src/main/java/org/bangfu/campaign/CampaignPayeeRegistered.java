package org.bangfu.campaign;

import java.math.BigDecimal;

import org.bangfu.shared.Audited;

/** A unit registered a recipient of a campaign. */
public record CampaignPayeeRegistered(String actor, long unitId, long campaignId, long recipientId,
                                      CampaignTarget target, RecipientOrigin origin, BigDecimal cash,
                                      BigDecimal goods) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_PAYEE_REGISTERED", null, unitId,
                CampaignAuditText.of(campaignId, "recipient " + recipientId + " " + target + " " + origin + " cash "
                        + cash.toPlainString() + " goods " + goods.toPlainString()));
    }
}
