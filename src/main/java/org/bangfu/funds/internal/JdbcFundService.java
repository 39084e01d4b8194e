package org.bangfu.funds.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.bangfu.funds.FundAllocation;
import org.bangfu.funds.FundService;
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

    private static final String AVAILABLE = "allocated - passed_down - reserved - spent";

    private final JdbcClient jdbc;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final Clock clock;

    JdbcFundService(JdbcClient jdbc, OrganizationService organization, Jurisdiction jurisdiction, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FundAllocation allocate(FundSource source, int fundYear, BigDecimal amount, String donorPurpose,
                                   CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        if (source == null) {
            errors.add(FieldError.of("source", "validation.required"));
        }
        if (fundYear < 2000 || fundYear > 2100) {
            errors.add(FieldError.of("fundYear", "validation.range", 2000, 2100));
        }
        Amounts.problemWithPositive(amount).ifPresent(k -> errors.add(FieldError.of("amount", k)));
        if (source == FundSource.DONATION && (donorPurpose == null || donorPurpose.isBlank())) {
            errors.add(FieldError.of("donorPurpose", "validation.required"));
        } else if (donorPurpose != null && donorPurpose.trim().length() > 200) {
            errors.add(FieldError.of("donorPurpose", "validation.tooLong", 200));
        }
        InvalidInputException.throwIfAny(errors);
        long id = insert(user.unit().id(), source, fundYear, null,
                donorPurpose == null || donorPurpose.isBlank() ? null : donorPurpose.trim(), amount, user);
        entry(LedgerEntryType.ALLOCATION, allocation(id), amount, null, null, user.username());
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
        change(parent, "passed_down = passed_down + ?", AVAILABLE + " >= ?", amount);
        entry(LedgerEntryType.PASSED_DOWN, parent, amount, null, "to " + child.code(), user.username());
        long id = insert(childUnitId, parent.source(), parent.fundYear(), parent.id(), parent.donorPurpose(), amount,
                user);
        entry(LedgerEntryType.ALLOCATION, allocation(id), amount, null, "from " + parent.id(), user.username());
        return allocation(id);
    }

    @Override
    @Transactional
    public void reserve(long allocationId, BigDecimal amount, long caseId, String reference, String actor) {
        FundAllocation allocation = allocation(allocationId);
        change(allocation, "reserved = reserved + ?", AVAILABLE + " >= ?", amount);
        entry(LedgerEntryType.RESERVATION, allocation, amount, caseId, reference, actor);
    }

    @Override
    @Transactional
    public void release(long allocationId, BigDecimal amount, long caseId, String reference, String actor) {
        FundAllocation allocation = allocation(allocationId);
        change(allocation, "reserved = reserved - ?", "reserved >= ?", amount);
        entry(LedgerEntryType.RELEASE, allocation, amount, caseId, reference, actor);
    }

    @Override
    @Transactional
    public void spend(long allocationId, BigDecimal amount, long caseId, String reference, String actor) {
        FundAllocation allocation = allocation(allocationId);
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException(FieldError.of("amount", "validation.amount.positive"));
        }
        int changed = jdbc.sql("UPDATE fund_allocation SET reserved = reserved - ?, spent = spent + ? "
                        + "WHERE id = ? AND reserved >= ?")
                .params(amount, amount, allocationId, amount).update();
        if (changed == 0) {
            throw new ConflictException("error.fundsNotReserved", allocationId, amount.toPlainString());
        }
        entry(LedgerEntryType.PAYMENT, allocation, amount, caseId, reference, actor);
    }

    /** One conditional update; refused with what is available when the condition does not hold. */
    private void change(FundAllocation allocation, String set, String condition, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException(FieldError.of("amount", "validation.amount.positive"));
        }
        int changed = jdbc.sql("UPDATE fund_allocation SET " + set + " WHERE id = ? AND " + condition)
                .params(amount, allocation.id(), amount).update();
        if (changed == 0) {
            throw new ConflictException("error.fundsInsufficient", allocation(allocation.id()).available().toPlainString(),
                    amount.toPlainString());
        }
    }

    private long insert(long unitId, FundSource source, int year, Long parentId, String purpose, BigDecimal amount,
                        CurrentUser user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO fund_allocation (unit_id, source, fund_year, parent_id, donor_purpose, allocated, "
                        + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(unitId, source.name(), year, parentId, purpose, amount.setScale(2), user.username(),
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private void entry(LedgerEntryType type, FundAllocation allocation, BigDecimal amount, Long caseId,
                       String reference, String actor) {
        jdbc.sql("INSERT INTO fund_ledger (entry_type, allocation_id, source, unit_id, case_id, reference, amount, "
                        + "actor, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(type.name(), allocation.id(), allocation.source().name(), allocation.unitId(), caseId,
                        reference, amount.setScale(2), actor, OffsetDateTime.now(clock))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public FundAllocation allocation(long allocationId) {
        return jdbc.sql("SELECT * FROM fund_allocation WHERE id = ?").param(allocationId)
                .query(JdbcFundService::row).optional()
                .orElseThrow(() -> new NotFoundException("error.allocationNotFound", allocationId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<FundAllocation> allocations(CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        return jdbc.sql("SELECT a.* FROM fund_allocation a JOIN org_unit u ON u.id = a.unit_id WHERE u.path LIKE ? "
                        + "ORDER BY a.fund_year DESC, u.path, a.source, a.id")
                .param(jurisdiction.subtreePrefix(user) + "%").query(JdbcFundService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LedgerEntry> ledger(long allocationId) {
        return jdbc.sql("SELECT * FROM fund_ledger WHERE allocation_id = ? ORDER BY id").param(allocationId)
                .query((rs, n) -> {
                    long caseId = rs.getLong("case_id");
                    Long caseRef = rs.wasNull() ? null : caseId;
                    return new LedgerEntry(rs.getLong("id"), LedgerEntryType.valueOf(rs.getString("entry_type")),
                            rs.getLong("allocation_id"), FundSource.valueOf(rs.getString("source")),
                            rs.getLong("unit_id"), caseRef, rs.getString("reference"), rs.getBigDecimal("amount"),
                            rs.getString("actor"), rs.getObject("occurred_at", OffsetDateTime.class));
                }).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reconciliation> reconcile(CurrentUser user) {
        List<Reconciliation> differences = new ArrayList<>();
        for (FundAllocation a : allocations(user)) {
            BigDecimal allocated = BigDecimal.ZERO;
            BigDecimal passedDown = BigDecimal.ZERO;
            BigDecimal reserved = BigDecimal.ZERO;
            BigDecimal spent = BigDecimal.ZERO;
            for (LedgerEntry e : ledger(a.id())) {
                switch (e.type()) {
                    case ALLOCATION -> allocated = allocated.add(e.amount());
                    case PASSED_DOWN -> passedDown = passedDown.add(e.amount());
                    case RESERVATION -> reserved = reserved.add(e.amount());
                    case RELEASE -> reserved = reserved.subtract(e.amount());
                    case PAYMENT -> {
                        reserved = reserved.subtract(e.amount());
                        spent = spent.add(e.amount());
                    }
                }
            }
            compare(differences, a.id(), "allocated", a.allocated(), allocated);
            compare(differences, a.id(), "passedDown", a.passedDown(), passedDown);
            compare(differences, a.id(), "reserved", a.reserved(), reserved);
            compare(differences, a.id(), "spent", a.spent(), spent);
        }
        return differences;
    }

    private static void compare(List<Reconciliation> differences, long id, String column, BigDecimal table,
                                BigDecimal ledger) {
        if (table.compareTo(ledger) != 0) {
            differences.add(new Reconciliation(id, column, table, ledger));
        }
    }

    private static FundAllocation row(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new FundAllocation(rs.getLong("id"), rs.getLong("unit_id"), FundSource.valueOf(rs.getString("source")),
                rs.getInt("fund_year"), parentId, rs.getString("donor_purpose"), rs.getBigDecimal("allocated"),
                rs.getBigDecimal("passed_down"), rs.getBigDecimal("reserved"), rs.getBigDecimal("spent"));
    }
}
