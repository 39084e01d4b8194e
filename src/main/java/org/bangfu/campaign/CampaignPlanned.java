package org.bangfu.campaign;

import java.math.BigDecimal;

import org.bangfu.shared.Audited;

/** A campaign was planned: its name, how many units take part and the whole budget. */
public record CampaignPlanned(String actor, long unitId, long campaignId, String name, int units,
                              BigDecimal budget) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_PLANNED", null, unitId,
                CampaignAuditText.of(campaignId, name + ", " + units + " units, budget " + budget.toPlainString()));
    }
}
