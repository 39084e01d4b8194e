package org.bangfu.dashboard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.bangfu.identification.CaseStatus;
import org.bangfu.dashboard.DashboardService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads other modules' tables READ-ONLY for reporting (see package-info): every query is limited to the user's
 * subtree by {@code org_unit.path LIKE prefix%}.
 */
@Service
@Transactional(readOnly = true)
class JdbcDashboardService implements DashboardService {

    /** {@code CaseStatus.isOpenFile()}: DashboardServiceTest keeps this in step with the enum. */
    static final String DEEP = "DEEP";
    static final int STALE_DAYS = 365;

    static final String CASES_BY_GRADE = """
            SELECT c.grade, c.status, COUNT(*) AS n FROM hardship_case c JOIN org_unit u ON u.id = c.unit_id
            WHERE u.path LIKE :prefix GROUP BY c.grade, c.status ORDER BY c.grade, c.status""";
    static final String MONEY_BY_SOURCE = """
            SELECT p.fund_source, EXTRACT(MONTH FROM p.paid_at AT TIME ZONE :zone) AS m, SUM(p.amount) AS paid
            FROM payment_record p LEFT JOIN hardship_case c ON c.id = p.case_id
            JOIN org_unit u ON u.id = COALESCE(p.payee_unit_id, c.unit_id)
            WHERE p.status = 'PAID' AND p.paid_at >= :from AND p.paid_at < :to AND u.path LIKE :prefix
            GROUP BY 1, 2 ORDER BY 1, 2""";
    static final String CAMPAIGNS = """
            SELECT k.id, k.name, k.fund_year FROM campaign k JOIN org_unit o ON o.id = k.unit_id
            WHERE o.path LIKE :prefix OR EXISTS (SELECT 1 FROM campaign_unit cu JOIN org_unit u ON u.id = cu.unit_id
                WHERE cu.campaign_id = k.id AND (u.path LIKE :prefix OR :path LIKE u.path || '%'))
            ORDER BY k.fund_year DESC, k.id DESC""";
    static final String CAMPAIGN_COVERAGE = """
            SELECT cu.unit_id, u.name, COUNT(f.id) AS files,
                   SUM(CASE WHEN f.id IS NOT NULL AND r.case_id IS NOT NULL THEN 1 ELSE 0 END) AS recipients,
                   SUM(CASE WHEN r.case_id IS NULL AND e.case_id IS NOT NULL THEN 1 ELSE 0 END) AS exempted
            FROM campaign_unit cu JOIN org_unit u ON u.id = cu.unit_id
            LEFT JOIN (SELECT c.id, o.path FROM hardship_case c JOIN org_unit o ON o.id = c.unit_id
                       WHERE c.grade = :deep AND c.status IN (:openFile) AND o.path LIKE :prefix) f
                   ON f.path LIKE u.path || '%%'
            LEFT JOIN (SELECT DISTINCT case_id FROM campaign_recipient
                       WHERE campaign_id = :campaign AND case_id IS NOT NULL) r ON r.case_id = f.id
            LEFT JOIN campaign_exemption e ON e.campaign_id = :campaign AND e.case_id = f.id
            WHERE cu.campaign_id = :campaign AND (u.path LIKE :prefix OR :path LIKE u.path || '%%')
            GROUP BY cu.unit_id, u.name, u.code ORDER BY u.code""";
    static final String STALE_FILES = """
            SELECT * FROM (
              SELECT c.id, c.case_no, c.worker_name, u.name AS unit_name, c.grade, c.filed_at,
                     COALESCE((SELECT MAX(a.occurred_at) FROM audit_event a WHERE a.case_id = c.id), c.filed_at)
                       AS last_change
              FROM hardship_case c JOIN org_unit u ON u.id = c.unit_id
              WHERE u.path LIKE :prefix AND c.status IN (:openFile)) s
            WHERE s.last_change < :cutoff ORDER BY s.last_change, s.case_no""";
    static final String NEVER_ASSISTED = """
            SELECT c.id, c.case_no, c.worker_name, u.name AS unit_name, c.grade, c.filed_at,
                   COALESCE((SELECT MAX(a.occurred_at) FROM audit_event a WHERE a.case_id = c.id), c.filed_at)
                     AS last_change
            FROM hardship_case c JOIN org_unit u ON u.id = c.unit_id
            WHERE u.path LIKE :prefix AND c.status IN (:openFile)
              AND NOT EXISTS (SELECT 1 FROM payment_record p WHERE p.case_id = c.id AND p.status = 'PAID')
            ORDER BY c.filed_at, c.case_no""";
    static final String PAGE = " LIMIT :limit OFFSET :offset";
    static final String STALE_FILE_COUNT = """
            SELECT COUNT(*) FROM hardship_case c JOIN org_unit u ON u.id = c.unit_id
            WHERE u.path LIKE :prefix AND c.status IN (:openFile)
              AND COALESCE((SELECT MAX(a.occurred_at) FROM audit_event a WHERE a.case_id = c.id), c.filed_at)
                < :cutoff""";
    static final String NEVER_ASSISTED_COUNT = """
            SELECT COUNT(*) FROM hardship_case c JOIN org_unit u ON u.id = c.unit_id
            WHERE u.path LIKE :prefix AND c.status IN (:openFile)
              AND NOT EXISTS (SELECT 1 FROM payment_record p WHERE p.case_id = c.id AND p.status = 'PAID')""";

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;
    private final Clock clock;

    JdbcDashboardService(JdbcClient jdbc, Jurisdiction jurisdiction, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    @Override
    public List<GradeStatusCount> casesByGrade(CurrentUser user) {
        return jdbc.sql(CASES_BY_GRADE)
                .param("prefix", prefix(user))
                .query((rs, i) -> new GradeStatusCount(rs.getString("grade"), rs.getString("status"), rs.getLong("n")))
                .list();
    }

    @Override
    public List<MonthlyPaid> moneyBySource(int year, CurrentUser user) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(FieldError.of("year", "validation.range", 2000, 2100));
        }
        String prefix = prefix(user);
        OffsetDateTime from = LocalDate.of(year, 1, 1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime to = LocalDate.of(year + 1, 1, 1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        // The payee's unit decides where money counts (payee_unit_id; older lines: the file's unit).
        return jdbc.sql(MONEY_BY_SOURCE)
                .param("zone", clock.getZone().getId()).param("from", from).param("to", to).param("prefix", prefix)
                .query((rs, i) -> new MonthlyPaid(rs.getString("fund_source"), rs.getInt("m"),
                        rs.getBigDecimal("paid")))
                .list();
    }

    @Override
    public List<CampaignChoice> campaigns(CurrentUser user) {
        String prefix = prefix(user);
        return jdbc.sql(CAMPAIGNS)
                .param("prefix", prefix).param("path", jurisdiction.subtreePrefix(user))
                .query((rs, i) -> new CampaignChoice(rs.getLong("id"), rs.getString("name"), rs.getInt("fund_year")))
                .list();
    }

    @Override
    public List<UnitCoverage> campaignCoverage(long campaignId, CurrentUser user) {
        String prefix = prefix(user);
        if (campaigns(user).stream().noneMatch(c -> c.id() == campaignId)) {
            throw new NotFoundException("dashboard.error.campaignNotFound", campaignId);
        }
        // A participating unit above the user's unit shows only the files of the user's subtree.
        return jdbc.sql(CAMPAIGN_COVERAGE)
                .param("openFile", CaseStatus.openFileNames()).param("deep", DEEP).param("prefix", prefix).param("campaign", campaignId)
                .param("path", jurisdiction.subtreePrefix(user))
                .query((rs, i) -> {
                    long files = rs.getLong("files");
                    long recipients = rs.getLong("recipients");
                    long exempted = rs.getLong("exempted");
                    return new UnitCoverage(rs.getLong("unit_id"), rs.getString("name"), files, recipients, exempted,
                            files - recipients - exempted);
                })
                .list();
    }

    @Override
    public List<FileRow> staleFiles(CurrentUser user) {
        return stale(STALE_FILES, user).query((rs, i) -> file(rs)).list();
    }

    @Override
    public List<FileRow> staleFiles(CurrentUser user, int offset, int limit) {
        return stale(STALE_FILES + PAGE, user).param("limit", limit).param("offset", offset)
                .query((rs, i) -> file(rs)).list();
    }

    @Override
    public int staleFileCount(CurrentUser user) {
        return stale(STALE_FILE_COUNT, user).query(Long.class).single().intValue();
    }

    private JdbcClient.StatementSpec stale(String sql, CurrentUser user) {
        String prefix = prefix(user);
        OffsetDateTime cutoff = LocalDate.now(clock).minusDays(STALE_DAYS).atStartOfDay(clock.getZone())
                .toOffsetDateTime();
        return jdbc.sql(sql)
                .param("openFile", CaseStatus.openFileNames()).param("prefix", prefix).param("cutoff", cutoff);
    }

    @Override
    public List<FileRow> neverAssisted(CurrentUser user) {
        return neverAssisted(NEVER_ASSISTED, user).query((rs, i) -> file(rs)).list();
    }

    @Override
    public List<FileRow> neverAssisted(CurrentUser user, int offset, int limit) {
        return neverAssisted(NEVER_ASSISTED + PAGE, user).param("limit", limit).param("offset", offset)
                .query((rs, i) -> file(rs)).list();
    }

    @Override
    public int neverAssistedCount(CurrentUser user) {
        return neverAssisted(NEVER_ASSISTED_COUNT, user).query(Long.class).single().intValue();
    }

    private JdbcClient.StatementSpec neverAssisted(String sql, CurrentUser user) {
        return jdbc.sql(sql).param("openFile", CaseStatus.openFileNames()).param("prefix", prefix(user));
    }

    /** The subtree filter; also the one place where the role is checked, since every query passes here first. */
    private String prefix(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jurisdiction.subtreePrefix(user) + "%";
    }

    private static FileRow file(ResultSet rs) throws SQLException {
        return new FileRow(rs.getLong("id"), rs.getString("case_no"), rs.getString("worker_name"),
                rs.getString("unit_name"), rs.getString("grade"), rs.getObject("filed_at", OffsetDateTime.class),
                rs.getObject("last_change", OffsetDateTime.class));
    }
}
