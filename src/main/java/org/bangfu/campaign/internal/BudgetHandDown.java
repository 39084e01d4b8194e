package org.bangfu.campaign.internal;

import org.bangfu.campaign.CampaignBudgetHandedDown;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bangfu.campaign.BudgetLine;
import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignStatus;
import org.bangfu.funds.FundAllocation;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands an approved campaign's budget down to the participating units as pass-downs in the ledger.
 */
@Component
class BudgetHandDown {

    static final String LOCK_OPEN_BUDGET_LINES = """
            SELECT id, unit_id, source, amount FROM campaign_budget
            WHERE campaign_id = :campaignId AND allocation_id IS NULL ORDER BY id FOR UPDATE""";
    static final String MARK_HANDED_DOWN = """
            UPDATE campaign_budget SET allocation_id = :allocationId WHERE id = :lineId""";
    static final String START_REGISTERING = """
            UPDATE campaign_unit SET status = 'REGISTERING' WHERE campaign_id = :campaignId AND status = 'PLANNED'""";

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final CampaignRecords records;
    private final FundService funds;
    private final ApplicationEventPublisher events;

    BudgetHandDown(JdbcClient jdbc, OrganizationService organization, CampaignRecords records, FundService funds,
                   ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.records = records;
        this.funds = funds;
        this.events = events;
    }

    void handDownBudget(long campaignId, String actor) {
        Campaign campaign = records.campaign(campaignId);
        if (campaign.status() != CampaignStatus.RUNNING) {
            throw new ConflictException("error.campaign.state", campaign.name(), campaign.status());
        }
        OrgUnit organiser = organization.unit(campaign.unitId());
        // The approval of the campaign authorises the pass-downs; they are booked in the approver's name.
        CurrentUser booking = new CurrentUser(actor, actor, organiser, Set.of(Role.FINANCE));
        List<Map.Entry<Long, BudgetLine>> open = jdbc.sql(LOCK_OPEN_BUDGET_LINES)
                .param("campaignId", campaignId)
                .query((rs, n) -> Map.entry(rs.getLong("id"), new BudgetLine(rs.getLong("unit_id"),
                        FundSource.valueOf(rs.getString("source")), rs.getBigDecimal("amount")))).list();
        for (Map.Entry<Long, BudgetLine> line : open) {
            BudgetLine b = line.getValue();
            BigDecimal rest = b.amount();
            Long last = null;
            for (FundAllocation parent : funds.allocations(organiser.id(), b.source(), campaign.fundYear())) {
                if (rest.signum() <= 0) {
                    break;
                }
                if (parent.available().signum() <= 0) {
                    continue;
                }
                BigDecimal take = rest.min(parent.available());
                last = funds.passDown(parent.id(), b.unitId(), take, booking).id();
                rest = rest.subtract(take);
            }
            if (rest.signum() > 0) {
                throw new ConflictException("error.funds.noneAvailable", b.amount().toPlainString(),
                        String.valueOf(campaign.fundYear()), organiser.name());
            }
            jdbc.sql(MARK_HANDED_DOWN).param("allocationId", last).param("lineId", line.getKey()).update();
            events.publishEvent(new CampaignBudgetHandedDown(actor, b.unitId(), campaignId, b.source(), b.amount()));
        }
        jdbc.sql(START_REGISTERING)
                .param("campaignId", campaignId).update();
    }

    /** Every campaign action leaves an audit row: who, what (a CAMPAIGN_* code), the unit, the campaign and detail. */
}
