package org.bangfu.funds.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bangfu.funds.FundAllocation;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSummary;
import org.bangfu.funds.FundTotals;
import org.bangfu.funds.LedgerFilter;
import org.bangfu.identification.AidType;
import org.bangfu.organization.UnitLevel;
import org.bangfu.shared.TextInput;
import org.bangfu.funds.FundSource;
import org.bangfu.funds.LedgerEntry;
import org.bangfu.funds.LedgerEntryType;
import org.bangfu.funds.Reconciliation;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of an allocation is one conditional UPDATE ("only if enough is available") followed by its ledger
 * line in the same transaction: on PostgreSQL the row lock makes racing updates wait and re-check the condition, so
 * the last yuan goes to exactly one of them.
 */
@Service
class JdbcFundService implements FundService {

    private static final String AVAILABLE = "allocated - passed_down - returned - reserved - spent";
    static final String PASS_DOWN = """
            UPDATE fund_allocation SET passed_down = passed_down + :amount
            WHERE id = :allocationId AND\s""" + AVAILABLE + " >= :amount";
    static final String RETURN_UP = """
            UPDATE fund_allocation SET returned = returned + :amount
            WHERE id = :allocationId AND\s""" + AVAILABLE + " >= :amount";
    static final String TAKE_BACK_PASSED_DOWN = """
            UPDATE fund_allocation SET passed_down = passed_down - :amount
            WHERE id = :allocationId AND passed_down >= :amount""";
    static final String CORRECT_UP = """
            UPDATE fund_allocation SET allocated = allocated + :amount WHERE id = :allocationId AND TRUE""";
    static final String CORRECT_DOWN = """
            UPDATE fund_allocation SET allocated = allocated - :amount
            WHERE id = :allocationId AND\s""" + AVAILABLE + " >= :amount AND allocated - :amount > 0";
    static final String RELEASE_RESERVED = """
            UPDATE fund_allocation SET reserved = reserved - :amount WHERE id = :allocationId AND reserved >= :amount""";
    static final String RESERVE = """
            UPDATE fund_allocation SET reserved = reserved + :amount
            WHERE id = :allocationId AND\s""" + AVAILABLE + " >= :amount";
    static final String SPEND_RESERVED = """
            UPDATE fund_allocation SET reserved = reserved - :amount, spent = spent + :amount
            WHERE id = :allocationId AND reserved >= :amount""";
    static final String INSERT_ALLOCATION = """
            INSERT INTO fund_allocation (unit_id, source, fund_year, parent_id, donor_purpose, allocated,
              created_by, created_at, national_files_only, donor_aid_type)
            VALUES (:unitId, :source, :fundYear, :parentId, :donorPurpose, :allocated, :createdBy, :createdAt,
              :nationalFilesOnly, :donorAidType)""";
    static final String INSERT_LEDGER_ENTRY = """
            INSERT INTO fund_ledger (entry_type, allocation_id, source, unit_id, case_id, reference, amount,
              actor, occurred_at, note)
            VALUES (:entryType, :allocationId, :source, :unitId, :caseId, :reference, :amount, :actor, :occurredAt,
              :note)""";
    static final String FIND_ALLOCATION = """
            SELECT * FROM fund_allocation WHERE id = :allocationId""";
    static final String LIST_ALLOCATIONS_OF_UNIT = """
            SELECT * FROM fund_allocation WHERE unit_id = :unitId AND source = :source AND fund_year = :fundYear
            ORDER BY id""";
    static final String LIST_ALLOCATIONS = """
            SELECT a.* FROM fund_allocation a JOIN org_unit u ON u.id = a.unit_id WHERE u.path LIKE :subtree
            ORDER BY a.fund_year DESC, u.path, a.source, a.id""";
    static final String LIST_LEDGER_OF_ALLOCATION = """
            SELECT * FROM fund_ledger WHERE allocation_id = :allocationId ORDER BY id""";
    static final String SUMMARY = """
            SELECT u.id, u.code, u.name, a.source, a.fund_year, SUM(a.allocated) allocated,
              SUM(a.passed_down) passed_down, SUM(a.reserved) reserved, SUM(a.spent) spent,
              SUM(""" + AVAILABLE + ") available\n" + """
            FROM fund_allocation a JOIN org_unit u ON u.id = a.unit_id
            WHERE u.path LIKE :subtree GROUP BY u.id, u.code, u.name, u.path, a.source, a.fund_year
            ORDER BY a.fund_year DESC, u.path, a.source""";
    /** The summary paged: this, the filter fragments below, then {@link #SUMMARY_GROUP_PAGE}. */
    static final String SUMMARY_PAGE_HEAD = """
            SELECT u.id, u.code, u.name, a.source, a.fund_year, SUM(a.allocated) allocated,
              SUM(a.passed_down) passed_down, SUM(a.reserved) reserved, SUM(a.spent) spent,
              SUM(""" + AVAILABLE + ") available\n" + """
            FROM fund_allocation a JOIN org_unit u ON u.id = a.unit_id
            WHERE u.path LIKE :subtree""";
    static final String SUMMARY_AND_YEAR = " AND a.fund_year = :fundYear";
    static final String SUMMARY_AND_SOURCE = " AND a.source = :source";
    static final String SUMMARY_GROUP_PAGE = """
             GROUP BY u.id, u.code, u.name, u.path, a.source, a.fund_year
            ORDER BY a.fund_year DESC, u.path, a.source LIMIT :limit OFFSET :offset""";
    static final String SUMMARY_COUNT_HEAD = """
            SELECT COUNT(*) FROM (SELECT 1 FROM fund_allocation a JOIN org_unit u ON u.id = a.unit_id
            WHERE u.path LIKE :subtree""";
    static final String SUMMARY_COUNT_TAIL = " GROUP BY u.id, a.source, a.fund_year) g";
    static final String SUMMARY_TOTALS_HEAD = """
            SELECT COALESCE(SUM(a.reserved), 0) reserved, COALESCE(SUM(a.spent), 0) spent,
              COALESCE(SUM(""" + AVAILABLE + "), 0) available\n" + """
            FROM fund_allocation a JOIN org_unit u ON u.id = a.unit_id
            WHERE u.path LIKE :subtree""";
    static final String RECONCILE = """
            SELECT a.id, a.allocated, a.passed_down, a.reserved, a.spent, a.returned,
              COALESCE(SUM(CASE WHEN l.entry_type IN ('ALLOCATION', 'CORRECTION_IN') THEN l.amount
                                WHEN l.entry_type = 'CORRECTION_OUT' THEN -l.amount END), 0) AS l_allocated,
              COALESCE(SUM(CASE WHEN l.entry_type = 'PASSED_DOWN' THEN l.amount
                                WHEN l.entry_type = 'RETURN_RECEIVED' THEN -l.amount END), 0) AS l_passed_down,
              COALESCE(SUM(CASE WHEN l.entry_type = 'RESERVATION' THEN l.amount
                                WHEN l.entry_type IN ('RELEASE', 'PAYMENT') THEN -l.amount END), 0) AS l_reserved,
              COALESCE(SUM(CASE WHEN l.entry_type = 'PAYMENT' THEN l.amount END), 0) AS l_spent,
              COALESCE(SUM(CASE WHEN l.entry_type = 'RETURN' THEN l.amount END), 0) AS l_returned
            FROM fund_allocation a JOIN org_unit u ON u.id = a.unit_id
            LEFT JOIN fund_ledger l ON l.allocation_id = a.id
            WHERE u.path LIKE :subtree
            GROUP BY a.id, a.allocated, a.passed_down, a.reserved, a.spent, a.returned
            ORDER BY a.id""";

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final Clock clock;
    private final LedgerSearch ledgerSearch;

    JdbcFundService(JdbcClient jdbc, OrganizationService organization, Jurisdiction jurisdiction, Clock clock,
                    LedgerSearch ledgerSearch) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
        this.ledgerSearch = ledgerSearch;
    }

    @Override
    @Transactional
    public FundAllocation allocate(FundSource source, int fundYear, BigDecimal amount, AidType donorAidType,
                                   String donorPurpose, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        if (source == null) {
            errors.add(FieldError.of("source", "validation.required"));
        }
        if (fundYear < 2000 || fundYear > 2100) {
            errors.add(FieldError.of("fundYear", "validation.range", 2000, 2100));
        }
        Amounts.problemWithPositive(amount).ifPresent(k -> errors.add(FieldError.of("amount", k)));
        if (source == FundSource.DONATION && donorAidType == null) {
            errors.add(FieldError.of("donorAidType", "validation.required"));
        } else if (source != null && source != FundSource.DONATION && donorAidType != null) {
            errors.add(FieldError.of("donorAidType", "validation.funds.purposeOnlyForDonations"));
        }
        TextInput.optional(errors, "donorPurpose", donorPurpose, 200);
        InvalidInputException.throwIfAny(errors);
        boolean nationalOnly = source == FundSource.CENTRAL_SPECIAL || (source == FundSource.LOCAL_GOVERNMENT
                && (user.unit().level() == UnitLevel.PROVINCE || user.unit().level() == UnitLevel.NATIONAL));
        long id = insert(user.unit().id(), source, fundYear, null,
                donorPurpose == null || donorPurpose.isBlank() ? null : donorPurpose.trim(), amount, nationalOnly,
                donorAidType, user);
        entry(LedgerEntryType.ALLOCATION, allocation(id), amount, null, null, user.username(), null);
        return allocation(id);
    }

    @Override
    @Transactional
    public FundAllocation passDown(long parentAllocationId, long childUnitId, BigDecimal amount, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.ADMIN);
        FundAllocation parent = allocation(parentAllocationId);
        jurisdiction.requireCovers(user, parent.unitId());
        OrgUnit child = organization.unit(childUnitId);
        if (child.parentId() == null || child.parentId() != parent.unitId()) {
            throw new InvalidInputException(FieldError.of("childUnit", "validation.funds.notAChild"));
        }
        Amounts.problemWithPositive(amount).ifPresent(k -> {
            throw new InvalidInputException(FieldError.of("amount", k));
        });
        change(parent, PASS_DOWN, amount);
        entry(LedgerEntryType.PASSED_DOWN, parent, amount, null, "to " + child.code(), user.username(), null);
        long id = insert(childUnitId, parent.source(), parent.fundYear(), parent.id(), parent.donorPurpose(), amount,
                parent.nationalFilesOnly(), parent.donorAidType(), user);
        entry(LedgerEntryType.ALLOCATION, allocation(id), amount, null, "from " + parent.id(), user.username(), null);
        return allocation(id);
    }

    @Override
    @Transactional
    public FundAllocation returnToParent(long allocationId, BigDecimal amount, String reason, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.ADMIN);
        FundAllocation child = allocation(allocationId);
        jurisdiction.requireCovers(user, child.unitId());
        List<FieldError> errors = new ArrayList<>();
        if (child.parentId() == null) {
            errors.add(FieldError.of("allocation", "validation.funds.noParent"));
        }
        Amounts.problemWithPositive(amount).ifPresent(k -> errors.add(FieldError.of("amount", k)));
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        FundAllocation parent = allocation(child.parentId());
        change(child, RETURN_UP, amount);
        entry(LedgerEntryType.RETURN, child, amount, null, "to " + parent.id(), user.username(), reason.trim());
        change(parent, TAKE_BACK_PASSED_DOWN, amount);
        entry(LedgerEntryType.RETURN_RECEIVED, parent, amount, null, "from " + child.id(), user.username(),
                reason.trim());
        return allocation(allocationId);
    }

    @Override
    @Transactional
    public FundAllocation correct(long allocationId, BigDecimal amount, boolean increase, String reason,
                                  CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.ADMIN);
        FundAllocation allocation = allocation(allocationId);
        jurisdiction.requireCovers(user, allocation.unitId());
        if (!user.hasRole(Role.ADMIN) && allocation.unitId() == user.unit().id() && allocation.parentId() != null) {
            // money passed down is corrected by the unit that passed it, not by the receiver
            throw new org.bangfu.shared.ForbiddenException("error.funds.correctOwnAllocation");
        }
        List<FieldError> errors = new ArrayList<>();
        Amounts.problemWithPositive(amount).ifPresent(k -> errors.add(FieldError.of("amount", k)));
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        if (increase) {
            change(allocation, CORRECT_UP, amount);
        } else {
            change(allocation, CORRECT_DOWN, amount);
        }
        entry(increase ? LedgerEntryType.CORRECTION_IN : LedgerEntryType.CORRECTION_OUT, allocation, amount, null,
                null, user.username(), reason.trim());
        return allocation(allocationId);
    }

    @Override
    @Transactional
    public void reserve(long allocationId, BigDecimal amount, Long caseId, String reference, String actor) {
        if (!tryReserve(allocationId, amount, caseId, reference, actor)) {
            throw new ConflictException("error.fundsInsufficient",
                    allocation(allocationId).available().toPlainString(), amount.toPlainString());
        }
    }

    @Override
    @Transactional
    public boolean tryReserve(long allocationId, BigDecimal amount, Long caseId, String reference, String actor) {
        Amounts.problemWithPositive(amount).ifPresent(k -> {
            throw new InvalidInputException(FieldError.of("amount", k));
        });
        int changed = jdbc.sql(RESERVE).param("amount", amount).param("allocationId", allocationId).update();
        if (changed == 0) {
            return false;
        }
        entry(LedgerEntryType.RESERVATION, allocation(allocationId), amount, caseId, reference, actor, null);
        return true;
    }

    @Override
    @Transactional
    public void release(long allocationId, BigDecimal amount, Long caseId, String reference, String actor) {
        FundAllocation allocation = allocation(allocationId);
        change(allocation, RELEASE_RESERVED, amount);
        entry(LedgerEntryType.RELEASE, allocation, amount, caseId, reference, actor, null);
    }

    @Override
    @Transactional
    public void spend(long allocationId, BigDecimal amount, Long caseId, String reference, String actor) {
        FundAllocation allocation = allocation(allocationId);
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException(FieldError.of("amount", "validation.amount.positive"));
        }
        int changed = jdbc.sql(SPEND_RESERVED).param("amount", amount).param("allocationId", allocationId).update();
        if (changed == 0) {
            throw new ConflictException("error.fundsNotReserved", allocationId, amount.toPlainString());
        }
        entry(LedgerEntryType.PAYMENT, allocation, amount, caseId, reference, actor, null);
    }

    /**
     * One conditional update, one of the constant statements above ({@code :amount}, {@code :allocationId}); refused
     * with what is available when the condition does not hold.
     */
    private void change(FundAllocation allocation, String update, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException(FieldError.of("amount", "validation.amount.positive"));
        }
        int changed = jdbc.sql(update).param("amount", amount).param("allocationId", allocation.id()).update();
        if (changed == 0) {
            throw new ConflictException("error.fundsInsufficient", allocation(allocation.id()).available().toPlainString(),
                    amount.toPlainString());
        }
    }

    private long insert(long unitId, FundSource source, int year, Long parentId, String purpose, BigDecimal amount,
                        boolean nationalOnly, AidType donorAidType, CurrentUser user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_ALLOCATION)
                .param("unitId", unitId).param("source", source.name()).param("fundYear", year)
                .param("parentId", parentId).param("donorPurpose", purpose).param("allocated", amount.setScale(2))
                .param("createdBy", user.username()).param("createdAt", OffsetDateTime.now(clock)).param("nationalFilesOnly",
                        nationalOnly).param("donorAidType", donorAidType == null ? null : donorAidType.name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private void entry(LedgerEntryType type, FundAllocation allocation, BigDecimal amount, Long caseId,
                       String reference, String actor, String note) {
        jdbc.sql(INSERT_LEDGER_ENTRY)
                .param("entryType", type.name()).param("allocationId", allocation.id())
                .param("source", allocation.source().name()).param("unitId", allocation.unitId())
                .param("caseId", caseId).param("reference", reference).param("amount", amount.setScale(2))
                .param("actor", actor).param("occurredAt", OffsetDateTime.now(clock)).param("note", note)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public FundAllocation allocation(long allocationId) {
        return jdbc.sql(FIND_ALLOCATION).param("allocationId", allocationId)
                .query(JdbcFundService::row).optional()
                .orElseThrow(() -> new NotFoundException("error.allocationNotFound", allocationId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<FundAllocation> allocations(long unitId, FundSource source, int fundYear) {
        return jdbc.sql(LIST_ALLOCATIONS_OF_UNIT)
                .param("unitId", unitId).param("source", source.name()).param("fundYear", fundYear).query(JdbcFundService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FundAllocation> allocations(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(LIST_ALLOCATIONS)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%").query(JdbcFundService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerEntry> ledger(long allocationId) {
        return jdbc.sql(LIST_LEDGER_OF_ALLOCATION).param("allocationId", allocationId)
                .query(JdbcFundService::ledgerRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerEntry> ledger(LedgerFilter filter, CurrentUser user, int limit) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return ledgerSearch.search(filter, jurisdiction.subtreePrefix(user) + "%", limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerEntry> ledgerPage(LedgerFilter filter, CurrentUser user, int offset, int limit) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return ledgerSearch.page(filter, jurisdiction.subtreePrefix(user) + "%", offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public int ledgerCount(LedgerFilter filter, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return ledgerSearch.count(filter, jurisdiction.subtreePrefix(user) + "%");
    }

    @Override
    @Transactional(readOnly = true)
    public List<FundSummary> summary(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql(SUMMARY)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .query((rs, n) -> new FundSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        FundSource.valueOf(rs.getString("source")), rs.getInt("fund_year"),
                        rs.getBigDecimal("allocated"), rs.getBigDecimal("passed_down"), rs.getBigDecimal("reserved"),
                        rs.getBigDecimal("spent"), rs.getBigDecimal("available"))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FundSummary> summary(CurrentUser user, Integer fundYear, FundSource source, int offset, int limit) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        Map<String, Object> params = new HashMap<>();
        String sql = summaryFilter(SUMMARY_PAGE_HEAD, user, fundYear, source, params) + SUMMARY_GROUP_PAGE;
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(sql).params(params).query(JdbcFundService::summaryRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public int summaryCount(CurrentUser user, Integer fundYear, FundSource source) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        Map<String, Object> params = new HashMap<>();
        String sql = summaryFilter(SUMMARY_COUNT_HEAD, user, fundYear, source, params) + SUMMARY_COUNT_TAIL;
        return jdbc.sql(sql).params(params).query(Long.class).single().intValue();
    }

    @Override
    @Transactional(readOnly = true)
    public FundTotals summaryTotals(CurrentUser user, Integer fundYear, FundSource source) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        Map<String, Object> params = new HashMap<>();
        String sql = summaryFilter(SUMMARY_TOTALS_HEAD, user, fundYear, source, params);
        return jdbc.sql(sql).params(params).query((rs, n) -> new FundTotals(rs.getBigDecimal("reserved"),
                rs.getBigDecimal("spent"), rs.getBigDecimal("available"))).single();
    }

    /** The head, then the fixed fragment of each filter that is set; every value a named parameter. */
    private String summaryFilter(String head, CurrentUser user, Integer fundYear, FundSource source,
                                 Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(head);
        params.put("subtree", jurisdiction.subtreePrefix(user) + "%");
        if (fundYear != null) {
            sql.append(SUMMARY_AND_YEAR);
            params.put("fundYear", fundYear);
        }
        if (source != null) {
            sql.append(SUMMARY_AND_SOURCE);
            params.put("source", source.name());
        }
        return sql.toString();
    }

    private static FundSummary summaryRow(ResultSet rs, int n) throws SQLException {
        return new FundSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                FundSource.valueOf(rs.getString("source")), rs.getInt("fund_year"), rs.getBigDecimal("allocated"),
                rs.getBigDecimal("passed_down"), rs.getBigDecimal("reserved"), rs.getBigDecimal("spent"),
                rs.getBigDecimal("available"));
    }

    static LedgerEntry ledgerRow(ResultSet rs, int n) throws SQLException {
        long caseId = rs.getLong("case_id");
        Long caseRef = rs.wasNull() ? null : caseId;
        return new LedgerEntry(rs.getLong("id"), LedgerEntryType.valueOf(rs.getString("entry_type")),
                rs.getLong("allocation_id"), FundSource.valueOf(rs.getString("source")), rs.getLong("unit_id"),
                caseRef, rs.getString("reference"), rs.getBigDecimal("amount"), rs.getString("actor"),
                rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("note"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reconciliation> reconcile(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        List<Reconciliation> differences = new ArrayList<>();
        jdbc.sql(RECONCILE)
                .param("subtree", jurisdiction.subtreePrefix(user) + "%")
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    compare(differences, id, "allocated", rs.getBigDecimal("allocated"),
                            rs.getBigDecimal("l_allocated"));
                    compare(differences, id, "passedDown", rs.getBigDecimal("passed_down"),
                            rs.getBigDecimal("l_passed_down"));
                    compare(differences, id, "reserved", rs.getBigDecimal("reserved"), rs.getBigDecimal("l_reserved"));
                    compare(differences, id, "spent", rs.getBigDecimal("spent"), rs.getBigDecimal("l_spent"));
                    compare(differences, id, "returned", rs.getBigDecimal("returned"), rs.getBigDecimal("l_returned"));
                    return id;
                }).list();
        return differences;
    }

    private static void compare(List<Reconciliation> differences, long id, String column, BigDecimal table,
                                BigDecimal ledger) {
        if (table.compareTo(ledger) != 0) {
            differences.add(new Reconciliation(id, column, table, ledger));
        }
    }

    static FundAllocation row(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new FundAllocation(rs.getLong("id"), rs.getLong("unit_id"), FundSource.valueOf(rs.getString("source")),
                rs.getInt("fund_year"), parentId, rs.getString("donor_purpose"), rs.getBigDecimal("allocated"),
                rs.getBigDecimal("passed_down"), rs.getBigDecimal("reserved"), rs.getBigDecimal("spent"),
                rs.getBigDecimal("returned"), rs.getBoolean("national_files_only"),
                rs.getString("donor_aid_type") == null ? null : AidType.valueOf(rs.getString("donor_aid_type")));
    }
}
