package org.bangfu.identification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bangfu.identification.CaseKind;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.FileLevel;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.RefusalReason;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.BankAccount;
import org.bangfu.shared.BankCardNumber;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of hardship files and of who took part in them (the four-eyes checks ask), and the clock the
 * files are stamped with. No transactions of its own: the service's.
 */
@Component
class CaseRecords {

    static final String SELECT_CASE = """
            SELECT c.id, c.case_no, c.unit_id, c.kind, c.worker_name, c.resident_id_masked,
              c.sex, c.birth_date, c.phone_masked, c.employer, c.household_size, c.household_yearly_income,
              c.rigid_expenses, c.hardship_cause, c.bank_card_last4, c.status, c.grade, c.filed_by, c.filed_at,
              c.file_no, c.opened_at, c.previous_case_id, c.refusal_reason, c.refusal_note, c.notice_from,
              c.notice_until, c.file_level, c.card_holder_name, c.bank_account_kind
            FROM hardship_case c
            """;
    static final String FIND_RELAPSE_OF = SELECT_CASE + "WHERE c.previous_case_id = :caseId";
    static final String FIND_CASE_BY_NO = SELECT_CASE + "WHERE c.case_no = :caseNo";
    static final String FIND_CASE_BY_ID = SELECT_CASE + "WHERE c.id = :caseId";
    static final String LIST_CASES_BY_NOS = SELECT_CASE + "WHERE c.case_no IN (:nos)";
    static final String LIST_NEWEST_CASES = SELECT_CASE + """
            JOIN org_unit u ON u.id = c.unit_id
            WHERE u.path LIKE :subtree ORDER BY c.id DESC FETCH FIRST :limit ROWS ONLY""";
    static final String PAGE_NEWEST_CASES = SELECT_CASE + """
            JOIN org_unit u ON u.id = c.unit_id
            WHERE u.path LIKE :subtree ORDER BY c.id DESC LIMIT :limit OFFSET :offset""";
    static final String COUNT_CASES = """
            SELECT COUNT(*) FROM hardship_case c JOIN org_unit u ON u.id = c.unit_id WHERE u.path LIKE :subtree""";
    static final String LIST_OPEN_FILES = SELECT_CASE + """
            JOIN org_unit u ON u.id = c.unit_id
            WHERE u.path LIKE :subtree AND c.status IN (:openFile) ORDER BY c.id""";
    static final String LIST_CASE_NOS_BY_NAME = """
            SELECT c.case_no FROM hardship_case c JOIN org_unit u ON u.id = c.unit_id
            WHERE u.path LIKE :subtree AND c.worker_name LIKE :name ORDER BY c.id DESC FETCH FIRST :limit ROWS ONLY""";
    static final String LIST_PARTICIPANTS = """
            SELECT username FROM case_participant WHERE case_id = :caseId ORDER BY username""";
    static final String LIST_PARTICIPANTS_OF_CASES = """
            SELECT case_id, username FROM case_participant WHERE case_id IN (:ids)""";
    /** One statement: the part is recorded once. */
    static final String INSERT_PARTICIPATION = """
            INSERT INTO case_participant (case_id, username, part) SELECT :caseId, :username, :part
            WHERE NOT EXISTS (SELECT 1 FROM case_participant
                              WHERE case_id = :caseId AND username = :username AND part = :part)""";

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;
    private final OrganizationService organization;
    private final Clock clock;

    CaseRecords(JdbcClient jdbc, Jurisdiction jurisdiction, OrganizationService organization, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.organization = organization;
        this.clock = clock;
    }

    Optional<HardshipCase> relapseOf(long archivedCaseId) {
        return jdbc.sql(FIND_RELAPSE_OF)
                .param("caseId", archivedCaseId).query(CaseRecords::row).optional();
    }

    HardshipCase caseFor(String caseNo, CurrentUser user) {
        return jdbc.sql(FIND_CASE_BY_NO)
                .param("caseNo", caseNo).query(CaseRecords::row).optional()
                .filter(c -> jurisdiction.covers(user, c.unitId()))
                .orElseThrow(() -> new NotFoundException("error.caseNotFound", caseNo));
    }

    /** The case by id, read once per transaction ({@link CaseMemo}; this module's writes of a case forget it). */
    HardshipCase caseById(long caseId) {
        return CaseMemo.get(caseId, id -> jdbc.sql(FIND_CASE_BY_ID).param("caseId", id)
                .query(CaseRecords::row).optional()
                .orElseThrow(() -> new NotFoundException("error.caseNotFound", id)));
    }

    List<HardshipCase> casesByNumbers(Collection<String> caseNos) {
        if (caseNos.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LIST_CASES_BY_NOS)
                .param("nos", List.copyOf(caseNos)).query(CaseRecords::row).list();
    }

    List<HardshipCase> cases(CurrentUser user, int limit) {
        return jdbc.sql(LIST_NEWEST_CASES)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%").param("limit", limit)
                .query(CaseRecords::row).list();
    }

    List<HardshipCase> casePage(CurrentUser user, int offset, int limit) {
        return jdbc.sql(PAGE_NEWEST_CASES)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%").param("limit", limit)
                .param("offset", offset).query(CaseRecords::row).list();
    }

    int caseCount(CurrentUser user) {
        return jdbc.sql(COUNT_CASES).param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .query(Long.class).single().intValue();
    }

    List<String> caseNumbersByWorkerName(CurrentUser user, String nameContains, int limit) {
        return jdbc.sql(LIST_CASE_NOS_BY_NAME)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .param("name", "%" + nameContains.trim() + "%").param("limit", limit)
                .query(String.class).list();
    }

    List<HardshipCase> openFiles(long unitId) {
        return jdbc.sql(LIST_OPEN_FILES).param("openFile", CaseStatus.openFileNames())
                .param("subtree", organization.unit(unitId).path() + "%").query(CaseRecords::row).list();
    }

    Set<String> participants(long caseId) {
        return new LinkedHashSet<>(jdbc.sql(LIST_PARTICIPANTS)
                .param("caseId", caseId).query(String.class).list());
    }

    Map<Long, Set<String>> participants(Collection<Long> caseIds) {
        Map<Long, Set<String>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        jdbc.sql(LIST_PARTICIPANTS_OF_CASES)
                .param("ids", List.copyOf(caseIds))
                .query((rs, n) -> byCase.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                        .add(rs.getString(2)))
                .list();
        return byCase;
    }

    void addParticipant(long caseId, String username, String part) {
        jdbc.sql(INSERT_PARTICIPATION)
                .param("caseId", caseId).param("username", username).param("part", part).update();
    }

    /** Now, stored in UTC. */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static HardshipCase row(ResultSet rs, int n) throws SQLException {
        long previous = rs.getLong("previous_case_id");
        Long previousId = rs.wasNull() ? null : previous;
        String refusal = rs.getString("refusal_reason");
        return new HardshipCase(rs.getLong("id"), rs.getString("case_no"), rs.getLong("unit_id"),
                CaseKind.valueOf(rs.getString("kind")), rs.getString("worker_name"),
                rs.getString("resident_id_masked"), Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", LocalDate.class), rs.getString("phone_masked"), rs.getString("employer"),
                rs.getInt("household_size"), rs.getBigDecimal("household_yearly_income"),
                rs.getBigDecimal("rigid_expenses"), HardshipCause.valueOf(rs.getString("hardship_cause")),
                BankCardNumber.maskedOf(rs.getString("bank_card_last4")), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("grade"), rs.getString("filed_by"), rs.getObject("filed_at", OffsetDateTime.class),
                rs.getString("file_no"), rs.getObject("opened_at", OffsetDateTime.class), previousId,
                refusal == null ? null : RefusalReason.valueOf(refusal), rs.getString("refusal_note"),
                rs.getObject("notice_from", LocalDate.class), rs.getObject("notice_until", LocalDate.class),
                FileLevel.valueOf(rs.getString("file_level")), rs.getString("card_holder_name"),
                BankAccount.Kind.valueOf(rs.getString("bank_account_kind")));
    }
}
