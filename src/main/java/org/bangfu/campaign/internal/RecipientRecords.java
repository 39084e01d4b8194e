package org.bangfu.campaign.internal;

import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.TargetTotal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.Recipient;
import org.bangfu.campaign.RecipientOrigin;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of a campaign's recipients, with the state of their payment line.
 */
@Component
class RecipientRecords {

    static final String FIND_RECIPIENT = """
            SELECT r.*, p.idempotency_key, p.status AS payment_status
            FROM campaign_recipient r LEFT JOIN payment_record p ON p.id = r.payment_id
            WHERE r.id = :recipientId""";
    static final String LIST_RECIPIENTS_OF_SUBTREE = """
            SELECT r.*, p.idempotency_key, p.status AS payment_status
            FROM campaign_recipient r LEFT JOIN payment_record p ON p.id = r.payment_id
            JOIN org_unit u ON u.id = r.unit_id WHERE r.campaign_id = :campaignId AND u.path LIKE :subtree
            ORDER BY r.id""";
    static final String PAGE_RECIPIENTS_OF_SUBTREE = """
            SELECT r.*, p.idempotency_key, p.status AS payment_status
            FROM campaign_recipient r LEFT JOIN payment_record p ON p.id = r.payment_id
            JOIN org_unit u ON u.id = r.unit_id WHERE r.campaign_id = :campaignId AND u.path LIKE :subtree
            ORDER BY r.id LIMIT :limit OFFSET :offset""";
    static final String COUNT_RECIPIENTS_OF_SUBTREE = """
            SELECT COUNT(*) FROM campaign_recipient r JOIN org_unit u ON u.id = r.unit_id
            WHERE r.campaign_id = :campaignId AND u.path LIKE :subtree""";

    static final String ROLL_UP_BY_TARGET = """
            SELECT r.target, COUNT(*) AS recipients, SUM(r.cash) AS cash, SUM(r.goods_value) AS goods
            FROM campaign_recipient r JOIN org_unit u ON u.id = r.unit_id
            WHERE r.campaign_id = :campaignId AND u.path LIKE :subtree GROUP BY r.target""";

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final CampaignRecords records;

    RecipientRecords(JdbcClient jdbc, OrganizationService organization, Jurisdiction jurisdiction,
                     CampaignRecords records) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.records = records;
    }

    List<Recipient> recipients(long campaignId, long unitId, CurrentUser user) {
        records.campaign(campaignId, user);
        jurisdiction.requireCovers(user, unitId);
        return jdbc.sql(LIST_RECIPIENTS_OF_SUBTREE)
                .param("campaignId", campaignId).param("subtree", organization.unit(unitId).path() + "%")
                .query(this::recipient).list();
    }

    List<Recipient> recipients(long campaignId, long unitId, CurrentUser user, int offset, int limit) {
        records.campaign(campaignId, user);
        jurisdiction.requireCovers(user, unitId);
        return jdbc.sql(PAGE_RECIPIENTS_OF_SUBTREE)
                .param("campaignId", campaignId).param("subtree", organization.unit(unitId).path() + "%")
                .param("limit", limit).param("offset", offset).query(this::recipient).list();
    }

    int recipientCount(long campaignId, long unitId, CurrentUser user) {
        records.campaign(campaignId, user);
        jurisdiction.requireCovers(user, unitId);
        return jdbc.sql(COUNT_RECIPIENTS_OF_SUBTREE)
                .param("campaignId", campaignId).param("subtree", organization.unit(unitId).path() + "%")
                .query(Long.class).single().intValue();
    }

    /** Totals per target group over the campaign's subtree, in the order of the enum. */
    List<TargetTotal> rollUp(long campaignId, CurrentUser user) {
        Campaign campaign = records.campaign(campaignId, user);
        jurisdiction.requireCovers(user, campaign.unitId());
        return jdbc.sql(ROLL_UP_BY_TARGET).param("campaignId", campaignId)
                .param("subtree", organization.unit(campaign.unitId()).path() + "%")
                .query((rs, n) -> new TargetTotal(CampaignTarget.valueOf(rs.getString("target")),
                        rs.getLong("recipients"), rs.getBigDecimal("cash"), rs.getBigDecimal("goods")))
                .list().stream().sorted(java.util.Comparator.comparing(TargetTotal::target)).toList();
    }

    Recipient recipient(long recipientId, CurrentUser user) {
        Recipient r = recipientRow(recipientId);
        records.campaign(r.campaignId(), user);
        jurisdiction.requireCovers(user, r.unitId());
        return r;
    }

    Recipient recipientRow(long id) {
        return jdbc.sql(FIND_RECIPIENT).param("recipientId", id).query(this::recipient).optional()
                .orElseThrow(() -> new NotFoundException("error.campaign.recipientNotFound", id));
    }

    private Recipient recipient(ResultSet rs, int n) throws SQLException {
        String status = rs.getString("payment_status");
        return new Recipient(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("unit_id"),
                CampaignTarget.valueOf(rs.getString("target")), RecipientOrigin.valueOf(rs.getString("origin")),
                (Long) rs.getObject("case_id", Long.class), (Long) rs.getObject("model_worker_id", Long.class),
                (Long) rs.getObject("delegation_id", Long.class), rs.getBoolean("organisation"), rs.getString("name"),
                rs.getString("resident_id_masked"), rs.getString("account_last4"), rs.getBigDecimal("cash"),
                rs.getBigDecimal("goods_value"), rs.getString("goods_note"), rs.getString("idempotency_key"),
                status == null ? null : PaymentStatus.valueOf(status), rs.getObject("visited_on", LocalDate.class),
                rs.getString("visited_by"), rs.getString("visit_note"));
    }
}
