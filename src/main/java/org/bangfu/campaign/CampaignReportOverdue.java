package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** A participating unit's report became overdue (by the process). */
public record CampaignReportOverdue(long unitId, long campaignId) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry("system", "CAMPAIGN_REPORT_OVERDUE", null, unitId,
                CampaignAuditText.of(campaignId, null));
    }
}
