package org.bangfu.campaign.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.bangfu.identification.CaseStatus;
import org.bangfu.campaign.BudgetLine;
import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignGroupPlan;
import org.bangfu.campaign.CampaignKind;
import org.bangfu.campaign.CampaignStatus;
import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.CampaignUnit;
import org.bangfu.campaign.CampaignUnitStatus;
import org.bangfu.funds.FundSource;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of campaigns and their participating units, who may see a campaign, and the step a participating unit is
 * at (checked and moved with {@code UPDATE ... WHERE status = :from}). No transactions of its own: the service's.
 */
@Component
class CampaignRecords {

    static final String FIND_CAMPAIGN = """
            SELECT * FROM campaign WHERE id = :campaignId""";
    static final String LIST_GROUPS = """
            SELECT * FROM campaign_group WHERE campaign_id = :campaignId ORDER BY id""";
    static final String LIST_VISIBLE_CAMPAIGNS = """
            SELECT c.* FROM campaign c JOIN org_unit u ON u.id = c.unit_id
            WHERE u.path LIKE :subtree OR :path LIKE u.path || '%' ORDER BY c.id DESC""";
    static final String PAGE_VISIBLE_CAMPAIGNS = """
            SELECT c.* FROM campaign c JOIN org_unit u ON u.id = c.unit_id
            WHERE u.path LIKE :subtree OR :path LIKE u.path || '%' ORDER BY c.id DESC LIMIT :limit OFFSET :offset""";
    static final String COUNT_VISIBLE_CAMPAIGNS = """
            SELECT COUNT(*) FROM campaign c JOIN org_unit u ON u.id = c.unit_id
            WHERE u.path LIKE :subtree OR :path LIKE u.path || '%'""";
    static final String LIST_BUDGET = """
            SELECT unit_id, source, amount FROM campaign_budget WHERE campaign_id = :campaignId ORDER BY id""";
    static final String LIST_UNIT_IDS = """
            SELECT unit_id FROM campaign_unit WHERE campaign_id = :campaignId ORDER BY id""";
    /** Participating units with their recipients, gifts and the coverage of their open deep-hardship files. */
    static final String LIST_UNITS = """
            SELECT cu.*, u.name AS unit_name,
              (SELECT COUNT(*) FROM campaign_recipient r JOIN org_unit ru ON ru.id = r.unit_id
                WHERE r.campaign_id = cu.campaign_id AND ru.path LIKE u.path || '%') AS recipients,
              (SELECT COALESCE(SUM(r.cash), 0) FROM campaign_recipient r JOIN org_unit ru ON ru.id = r.unit_id
                WHERE r.campaign_id = cu.campaign_id AND ru.path LIKE u.path || '%') AS cash,
              (SELECT COALESCE(SUM(r.goods_value), 0) FROM campaign_recipient r JOIN org_unit ru
                ON ru.id = r.unit_id WHERE r.campaign_id = cu.campaign_id AND ru.path LIKE u.path || '%') AS goods,
              (SELECT COUNT(*) FROM hardship_case c JOIN org_unit cu2 ON cu2.id = c.unit_id
                WHERE c.grade = 'DEEP' AND c.status IN (:openFile)
                AND cu2.path LIKE u.path || '%') AS deep_files,
              (SELECT COUNT(*) FROM hardship_case c JOIN org_unit cu2 ON cu2.id = c.unit_id
                WHERE c.grade = 'DEEP' AND c.status IN (:openFile)
                AND cu2.path LIKE u.path || '%' AND EXISTS (SELECT 1 FROM
                campaign_recipient r WHERE r.campaign_id = cu.campaign_id AND r.case_id = c.id)) AS covered,
              (SELECT COUNT(*) FROM hardship_case c JOIN org_unit cu2 ON cu2.id = c.unit_id
                WHERE c.grade = 'DEEP' AND c.status IN (:openFile)
                AND cu2.path LIKE u.path || '%' AND NOT EXISTS (SELECT 1 FROM
                campaign_recipient r WHERE r.campaign_id = cu.campaign_id AND r.case_id = c.id) AND EXISTS
                (SELECT 1 FROM campaign_exemption e WHERE e.campaign_id = cu.campaign_id
                AND e.case_id = c.id)) AS exempted
            FROM campaign_unit cu JOIN org_unit u ON u.id = cu.unit_id
            WHERE cu.campaign_id = :campaignId""";
    static final String AND_UNIT = " AND cu.unit_id = :unitId";
    static final String BY_UNIT_CODE = " ORDER BY u.code";
    static final String FIND_PARTICIPANT = """
            SELECT cu.unit_id, u.name, u.path, cu.status FROM campaign_unit cu
            JOIN org_unit u ON u.id = cu.unit_id WHERE cu.campaign_id = :campaignId AND :path LIKE u.path || '%'""";
    static final String MOVE_UNIT = """
            UPDATE campaign_unit SET status = :to
            WHERE campaign_id = :campaignId AND unit_id = :unitId AND status = :from""";

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;

    CampaignRecords(JdbcClient jdbc, OrganizationService organization, Jurisdiction jurisdiction) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
    }

    Campaign campaign(long campaignId, CurrentUser user) {
        Campaign campaign = campaign(campaignId);
        requireSees(user, campaign);
        return campaign;
    }

    private void requireSees(CurrentUser user, Campaign campaign) {
        OrgUnit organiser = organization.unit(campaign.unitId());
        String mine = user.unit().path();
        if (!organiser.path().startsWith(mine) && !mine.startsWith(organiser.path())) {
            // the campaign is outside the caller's subtree: the refusal names nothing of it
            throw new ForbiddenException("error.duties.notVisible");
        }
    }

    Campaign campaign(long campaignId) {
        Campaign bare = jdbc.sql(FIND_CAMPAIGN).param("campaignId", campaignId)
                .query((rs, n) -> row(rs, List.of())).optional()
                .orElseThrow(() -> new NotFoundException("error.campaign.notFound", campaignId));
        List<CampaignGroupPlan> groups = jdbc.sql(LIST_GROUPS)
                .param("campaignId", campaignId)
                .query((rs, n) -> new CampaignGroupPlan(CampaignTarget.valueOf(rs.getString("target")),
                        rs.getBigDecimal("standard_min"), rs.getBigDecimal("standard_max"),
                        (Integer) rs.getObject("min_age", Integer.class)))
                .list();
        return new Campaign(bare.id(), bare.name(), bare.kind(), bare.unitId(), bare.fundYear(), bare.periodFrom(),
                bare.periodTo(), bare.cutoffDate(), bare.reportDeadline(), bare.status(), bare.processInstanceId(),
                bare.plannedBy(), bare.plannedAt(), bare.decidedBy(), bare.decisionNote(), groups);
    }

    private static Campaign row(ResultSet rs, List<CampaignGroupPlan> groups) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getString("name"), CampaignKind.valueOf(rs.getString("kind")),
                rs.getLong("unit_id"), rs.getInt("fund_year"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getObject("cutoff_date", LocalDate.class),
                rs.getObject("report_deadline", LocalDate.class), CampaignStatus.valueOf(rs.getString("status")),
                rs.getString("process_instance_id"), rs.getString("planned_by"),
                rs.getObject("planned_at", OffsetDateTime.class), rs.getString("decided_by"),
                rs.getString("decision_note"), groups);
    }

    List<Campaign> campaigns(CurrentUser user) {
        String mine = user.unit().path();
        return jdbc.sql(LIST_VISIBLE_CAMPAIGNS)
                .param("subtree", mine + "%").param("path", mine).query((rs, n) -> row(rs, List.of())).list();
    }

    List<Campaign> campaigns(CurrentUser user, int offset, int limit) {
        String mine = user.unit().path();
        return jdbc.sql(PAGE_VISIBLE_CAMPAIGNS).param("subtree", mine + "%").param("path", mine)
                .param("limit", limit).param("offset", offset).query((rs, n) -> row(rs, List.of())).list();
    }

    int campaignCount(CurrentUser user) {
        String mine = user.unit().path();
        return jdbc.sql(COUNT_VISIBLE_CAMPAIGNS).param("subtree", mine + "%").param("path", mine)
                .query(Long.class).single().intValue();
    }

    List<BudgetLine> budget(long campaignId) {
        return jdbc.sql(LIST_BUDGET)
                .param("campaignId", campaignId)
                .query((rs, n) -> new BudgetLine(rs.getLong("unit_id"), FundSource.valueOf(rs.getString("source")),
                        rs.getBigDecimal("amount"))).list();
    }

    Campaign organisersOwn(long campaignId, CurrentUser user, Role... roles) {
        jurisdiction.requireAnyRole(user, roles);
        Campaign campaign = campaign(campaignId, user);
        if (campaign.unitId() != user.unit().id()) {
            throw new ForbiddenException("error.campaign.notOrganiser", campaign.name());
        }
        return campaign;
    }

    // ---------------------------------------------------------------- units

    List<Long> unitIds(long campaignId) {
        return jdbc.sql(LIST_UNIT_IDS).param("campaignId", campaignId)
                .query(Long.class).list();
    }

    List<CampaignUnit> units(long campaignId, CurrentUser user) {
        campaign(campaignId, user);
        return unitRows(campaignId, null);
    }

    CampaignUnit unit(long campaignId, long unitId, CurrentUser user) {
        campaign(campaignId, user);
        return unitRows(campaignId, unitId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("error.campaign.unitNotFound", unitId));
    }

    /** All participating units, or the one given. */
    List<CampaignUnit> unitRows(long campaignId, Long unitId) {
        JdbcClient.StatementSpec query = jdbc.sql(LIST_UNITS + (unitId == null ? "" : AND_UNIT) + BY_UNIT_CODE)
                .param("campaignId", campaignId).param("openFile", CaseStatus.openFileNames());
        if (unitId != null) {
            query = query.param("unitId", unitId);
        }
        return query
                .query((rs, n) -> new CampaignUnit(rs.getLong("id"), campaignId, rs.getLong("unit_id"),
                        rs.getString("unit_name"), CampaignUnitStatus.valueOf(rs.getString("status")),
                        rs.getString("return_note"), rs.getString("report_text"), rs.getString("reported_by"),
                        rs.getObject("reported_at", OffsetDateTime.class), rs.getBoolean("late"),
                        rs.getInt("recipients"), rs.getBigDecimal("cash"), rs.getBigDecimal("goods"),
                        rs.getInt("deep_files"), rs.getInt("covered"), rs.getInt("exempted")))
                .list();
    }

    /** A participating unit and the step it is at. */
    record Participant(long unitId, String unitName, String path, CampaignUnitStatus status) {
    }

    /** The participating unit whose subtree holds {@code unitId}. */
    Participant participantOf(long campaignId, long unitId) {
        OrgUnit unit = organization.unit(unitId);
        return jdbc.sql(FIND_PARTICIPANT)
                .param("campaignId", campaignId).param("path", unit.path())
                .query((rs, n) -> new Participant(rs.getLong("unit_id"), rs.getString("name"), rs.getString("path"),
                        CampaignUnitStatus.valueOf(rs.getString("status"))))
                .optional()
                .orElseThrow(() -> new InvalidInputException(FieldError.of("unit", "validation.campaign.unitNotTakingPart",
                        unit.name())));
    }

    static Participant requireStatus(Participant unit, CampaignUnitStatus... allowed) {
        requireStatus(unit.status(), unit.unitName(), allowed);
        return unit;
    }

    static CampaignUnit requireStatus(CampaignUnit unit, CampaignUnitStatus... allowed) {
        requireStatus(unit.status(), unit.unitName(), allowed);
        return unit;
    }

    private static void requireStatus(CampaignUnitStatus status, String unitName, CampaignUnitStatus... allowed) {
        for (CampaignUnitStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ConflictException("error.campaign.unitState", unitName, status);
    }

    void move(long campaignId, long unitId, CampaignUnitStatus from, CampaignUnitStatus to, CampaignUnit unit) {
        int changed = jdbc.sql(MOVE_UNIT)
                .param("to", to.name()).param("campaignId", campaignId).param("unitId", unitId)
                .param("from", from.name()).update();
        if (changed == 0) {
            throw new ConflictException("error.campaign.unitState", unit.unitName(), unit.status());
        }
    }
}
