package org.bangfu.campaign;

import java.math.BigDecimal;

import org.bangfu.funds.FundSource;
import org.bangfu.shared.Audited;

/** A budget line of a campaign was handed down to a participating unit. */
public record CampaignBudgetHandedDown(String actor, long unitId, long campaignId, FundSource source,
                                       BigDecimal amount) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CAMPAIGN_BUDGET_HANDED_DOWN", null, unitId,
                CampaignAuditText.of(campaignId, source + " " + amount.toPlainString() + " to unit " + unitId));
    }
}
