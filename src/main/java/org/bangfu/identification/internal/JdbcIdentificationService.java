package org.bangfu.identification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.bangfu.identification.AidType;
import org.bangfu.identification.CaseFiled;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.BankCardNumber;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.ResidentId;
import org.bangfu.shared.Sex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcIdentificationService implements IdentificationService {

    private static final String COLUMNS = "c.id, c.case_no, c.unit_id, c.worker_name, c.resident_id_masked, c.sex, "
            + "c.birth_date, c.phone, c.employer, c.household_size, c.household_yearly_income, c.rigid_expenses, "
            + "c.hardship_cause, c.bank_card_last4, c.aid_type, c.requested_amount, c.status, c.grade, c.filed_by, "
            + "c.filed_at";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Jurisdiction jurisdiction;
    private final OrganizationService organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcIdentificationService(JdbcClient jdbc, FieldCipher cipher, Jurisdiction jurisdiction,
                              OrganizationService organization, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.jurisdiction = jurisdiction;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public HardshipCase fileCase(IntakeCommand command, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        List<FieldError> errors = IntakeValidator.problems(command);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ResidentId residentId = new ResidentId(command.residentId().trim());
        BankCardNumber card = new BankCardNumber(command.bankCard());
        String residentHash = cipher.searchHash(residentId.value());
        refuseIfActive(residentHash);

        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO hardship_case (unit_id, worker_name, resident_id_enc, resident_id_hash, resident_id_masked,
                  sex, birth_date, phone, employer, household_size, household_yearly_income, rigid_expenses,
                  hardship_cause, bank_card_enc, bank_card_last4, aid_type, requested_amount, status, filed_by, filed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(user.unit().id(), command.workerName().trim(), cipher.encrypt(residentId.value()), residentHash,
                        residentId.masked(), residentId.sex().name(), residentId.birthDate(), command.phone().trim(),
                        command.employer().trim(), command.householdSize(),
                        IntakeValidator.money(command.householdYearlyIncome()),
                        IntakeValidator.money(command.rigidExpenses()), command.hardshipCause().name(),
                        cipher.encrypt(card.value()), card.value().substring(card.value().length() - 4),
                        command.aidType().name(), IntakeValidator.money(command.requestedAmount()),
                        CaseStatus.FILED.name(), user.username(), now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String caseNo = "BF%d-%06d".formatted(now.getYear(), id);
        jdbc.sql("UPDATE hardship_case SET case_no = ? WHERE id = ?").params(caseNo, id).update();
        try {
            jdbc.sql("INSERT INTO active_resident (resident_id_hash, case_id) VALUES (?, ?)")
                    .params(residentHash, id).update();
        } catch (DuplicateKeyException raced) {
            refuseIfActive(residentHash);
            throw raced;
        }
        events.publishEvent(new CaseFiled(id, caseNo, user.unit().id(), user.username()));
        return caseById(id);
    }

    private void refuseIfActive(String residentHash) {
        Optional<Long> holdingUnit = jdbc.sql("""
                SELECT c.unit_id FROM active_resident a JOIN hardship_case c ON c.id = a.case_id
                WHERE a.resident_id_hash = ?""").param(residentHash).query(Long.class).optional();
        if (holdingUnit.isPresent()) {
            // Name the unit only: the user may not be allowed to see the case itself.
            throw new ConflictException("error.duplicateActiveCase", organization.unit(holdingUnit.get()).name());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public HardshipCase caseFor(String caseNo, CurrentUser user) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hardship_case c WHERE c.case_no = ?")
                .param(caseNo).query(JdbcIdentificationService::row).optional()
                .filter(c -> jurisdiction.covers(user, c.unitId()))
                .orElseThrow(() -> new NotFoundException("error.caseNotFound", caseNo));
    }

    @Override
    @Transactional(readOnly = true)
    public HardshipCase caseById(long caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hardship_case c WHERE c.id = ?").param(caseId)
                .query(JdbcIdentificationService::row).optional()
                .orElseThrow(() -> new NotFoundException("error.caseNotFound", caseId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HardshipCase> casesByNumbers(java.util.Collection<String> caseNos) {
        if (caseNos.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM hardship_case c WHERE c.case_no IN (:nos)")
                .param("nos", List.copyOf(caseNos)).query(JdbcIdentificationService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<HardshipCase> cases(CurrentUser user, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hardship_case c JOIN org_unit u ON u.id = c.unit_id "
                        + "WHERE u.path LIKE ? ORDER BY c.id DESC FETCH FIRST ? ROWS ONLY")
                .params(jurisdiction.subtreePrefix(user) + "%", limit)
                .query(JdbcIdentificationService::row).list();
    }

    @Override
    @Transactional
    public void changeStatus(long caseId, CaseStatus to) {
        jdbc.sql("UPDATE hardship_case SET status = ?, closed_at = ? WHERE id = ?")
                .params(to.name(), to.isActive() ? null : OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), caseId)
                .update();
        if (!to.isActive()) {
            jdbc.sql("DELETE FROM active_resident WHERE case_id = ?").param(caseId).update();
        }
    }

    @Override
    @Transactional
    public void recordGrade(long caseId, String grade) {
        jdbc.sql("UPDATE hardship_case SET grade = ? WHERE id = ?").params(grade, caseId).update();
    }

    @Override
    @Transactional(readOnly = true)
    public String bankCardLast4(long caseId) {
        return jdbc.sql("SELECT bank_card_last4 FROM hardship_case WHERE id = ?").param(caseId)
                .query(String.class).single();
    }

    private static HardshipCase row(ResultSet rs, int n) throws SQLException {
        return new HardshipCase(rs.getLong("id"), rs.getString("case_no"), rs.getLong("unit_id"),
                rs.getString("worker_name"), rs.getString("resident_id_masked"), Sex.valueOf(rs.getString("sex")),
                rs.getObject("birth_date", java.time.LocalDate.class), rs.getString("phone"),
                rs.getString("employer"), rs.getInt("household_size"), rs.getBigDecimal("household_yearly_income"),
                rs.getBigDecimal("rigid_expenses"), HardshipCause.valueOf(rs.getString("hardship_cause")),
                BankCardNumber.maskedOf(rs.getString("bank_card_last4")), AidType.valueOf(rs.getString("aid_type")),
                rs.getBigDecimal("requested_amount"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("grade"), rs.getString("filed_by"), rs.getObject("filed_at", OffsetDateTime.class));
    }
}
