package org.bangfu.identification.internal;

import org.bangfu.identification.FileCompleted;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangfu.identification.CaseFiled;
import org.bangfu.identification.CaseKind;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.CompleteFileCommand;
import org.bangfu.identification.EmergencyCommand;
import org.bangfu.identification.FileLevel;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.identification.MemberCommand;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.BankAccount;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.PhoneNumbers;
import org.bangfu.shared.ResidentId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Intake: a regular or emergency application, the completion of a temporary (emergency) file and the
 * relapse file reopened from an archived one. Each holds the national duplicate-check places of its people.
 */
@Component
class FileIntake {

    static final String INSERT_CASE = """
            INSERT INTO hardship_case (unit_id, kind, previous_case_id, worker_name, resident_id_enc,
              resident_id_hash, resident_id_masked, sex, birth_date, phone_enc, phone_masked, employer,
              household_size, household_yearly_income, rigid_expenses, hardship_cause, bank_card_enc,
              bank_card_last4, status, filed_by, filed_at, card_holder_name, bank_account_kind, file_level)
            VALUES (:unitId, :kind, :previousCaseId, :workerName, :residentIdEnc,
              :residentIdHash, :residentIdMasked, :sex, :birthDate, :phoneEnc, :phoneMasked, :employer,
              :householdSize, :income, :rigidExpenses, :hardshipCause, :bankCardEnc,
              :bankCardLast4, :status, :filedBy, :filedAt, :cardHolderName, :bankAccountKind, :fileLevel)""";
    static final String NUMBER_CASE = """
            UPDATE hardship_case SET case_no = :caseNo WHERE id = :caseId""";
    static final String SET_SITUATION = """
            UPDATE hardship_case SET situation = :situation WHERE id = :caseId""";
    static final String FIND_RESIDENT_ID = """
            SELECT resident_id_enc FROM hardship_case WHERE id = :caseId""";
    static final String COMPLETE_TEMPORARY_FILE = """
            UPDATE hardship_case SET household_size = :householdSize, household_yearly_income = :income,
              rigid_expenses = :rigidExpenses, status = :status, file_level = 'NATIONAL'
            WHERE id = :caseId""";
    /** A relapse file: a copy of the archived one, filed anew. */
    static final String INSERT_RELAPSE_FILE = """
            INSERT INTO hardship_case (unit_id, kind, previous_case_id, worker_name, resident_id_enc,
              resident_id_hash, resident_id_masked, sex, birth_date, phone_enc, phone_masked, employer,
              household_size, household_yearly_income, rigid_expenses, hardship_cause, bank_card_enc,
              bank_card_last4, status, filed_by, filed_at, card_holder_name, bank_account_kind, file_level)
            SELECT unit_id, 'RELAPSE', id, worker_name, resident_id_enc, resident_id_hash, resident_id_masked, sex,
              birth_date, phone_enc, phone_masked, employer, household_size, household_yearly_income, rigid_expenses,
              hardship_cause, bank_card_enc, bank_card_last4, 'APPLIED', :filedBy, :filedAt, card_holder_name,
              bank_account_kind, file_level
            FROM hardship_case WHERE id = :caseId""";
    static final String NUMBER_RELAPSE_FILE = """
            UPDATE hardship_case SET case_no = :caseNo, household_yearly_income = :income,
              rigid_expenses = :rigidExpenses, situation = :situation
            WHERE id = :caseId""";
    static final String FIND_RESIDENT_HASH = """
            SELECT resident_id_hash FROM hardship_case WHERE id = :caseId""";
    /** Holds the place unless this case holds it already; another case's place fails on the primary key. */
    static final String HOLD_PLACE = """
            INSERT INTO active_resident (resident_id_hash, case_id) SELECT :hash, :caseId
            WHERE NOT EXISTS (SELECT 1 FROM active_resident WHERE resident_id_hash = :hash AND case_id = :caseId)""";
    static final String FIND_HOLDING_UNIT = """
            SELECT a.resident_id_hash, c.unit_id FROM active_resident a JOIN hardship_case c ON c.id = a.case_id
            WHERE a.resident_id_hash IN (:hashes)""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Jurisdiction jurisdiction;
    private final OrganizationService organization;
    private final HouseholdStore households;
    private final ApplicationEventPublisher events;
    private final CaseRecords records;

    FileIntake(JdbcClient jdbc, FieldCipher cipher, Jurisdiction jurisdiction, OrganizationService organization,
               HouseholdStore households, ApplicationEventPublisher events, CaseRecords records) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.jurisdiction = jurisdiction;
        this.organization = organization;
        this.households = households;
        this.events = events;
        this.records = records;
    }

    HardshipCase fileCase(IntakeCommand command, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        List<FieldError> errors = IntakeValidator.problems(command);
        InvalidInputException.throwIfAny(errors);
        List<MemberCommand> members = command.members() == null ? List.of() : command.members();
        refuseIfAnyActive(command.residentId(), members);
        long id = insertCase(user, CaseKind.REGULAR, CaseStatus.APPLIED, command.workerName(), command.residentId(),
                command.phone(), command.employer(), command.householdSize(), command.householdYearlyIncome(),
                command.rigidExpenses(), command.hardshipCause(),
                BankAccount.of(command.bankCard(), command.cardHolderName()), null);
        households.saveProfile(id, command.profile());
        households.saveMembers(id, members);
        holdPlaces(id);
        return filed(id, user);
    }

    HardshipCase fileEmergency(EmergencyCommand command, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        List<FieldError> errors = IntakeValidator.problems(command);
        InvalidInputException.throwIfAny(errors);
        refuseIfAnyActive(command.residentId(), List.of());
        long id = insertCase(user, CaseKind.EMERGENCY, CaseStatus.EMERGENCY, command.workerName(),
                command.residentId(), command.phone(), command.employer(), 1, BigDecimal.ZERO, BigDecimal.ZERO,
                command.hardshipCause(), BankAccount.of(command.bankCard(), command.cardHolderName()), null);
        jdbc.sql(SET_SITUATION).param("situation", command.situation().trim()).param("caseId", id).update();
        CaseMemo.forgetAll();
        holdPlaces(id);
        return filed(id, user);
    }

    HardshipCase completeEmergencyFile(long caseId, CompleteFileCommand command, CurrentUser user) {
        HardshipCase temporary = records.caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, temporary.unitId());
        if (temporary.status() != CaseStatus.EMERGENCY) {
            throw new ConflictException("error.notTemporaryFile", temporary.caseNo());
        }
        String residentId = cipher.decrypt(jdbc.sql(FIND_RESIDENT_ID)
                .param("caseId", caseId).query(String.class).single());
        List<FieldError> errors = IntakeValidator.problems(command, residentId);
        InvalidInputException.throwIfAny(errors);
        List<MemberCommand> members = command.members() == null ? List.of() : command.members();
        for (MemberCommand member : members) {
            refuseIfActive(cipher.searchHashes(member.residentId().trim().toUpperCase()));
        }
        jdbc.sql(COMPLETE_TEMPORARY_FILE)
                .param("householdSize", command.householdSize())
                .param("income", IntakeValidator.money(command.householdYearlyIncome()))
                .param("rigidExpenses", IntakeValidator.money(command.rigidExpenses()))
                .param("status", CaseStatus.APPLIED.name()).param("caseId", caseId)
                .update();
        CaseMemo.forgetAll();
        households.saveProfile(caseId, command.profile());
        households.saveMembers(caseId, members);
        holdPlaces(caseId);
        records.addParticipant(caseId, user.username(), "COMPLETED");
        events.publishEvent(new FileCompleted(user.username(), caseId, temporary.unitId(), temporary.caseNo()));
        return records.caseById(caseId);
    }

    HardshipCase openRelapseFile(long archivedCaseId, BigDecimal householdYearlyIncome,
                                        BigDecimal rigidExpenses, String situation, String reportedBy) {
        HardshipCase archived = records.caseById(archivedCaseId);
        if (archived.status() != CaseStatus.EXITED) {
            throw new ConflictException("error.notArchived", archived.caseNo());
        }
        Optional<HardshipCase> existing = records.relapseOf(archivedCaseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        String residentId = cipher.decrypt(jdbc.sql(FIND_RESIDENT_ID)
                .param("caseId", archivedCaseId).query(String.class).single());
        refuseIfActive(cipher.searchHashes(residentId));
        OffsetDateTime now = records.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_RELAPSE_FILE)
                .param("filedBy", reportedBy).param("filedAt", now).param("caseId", archivedCaseId)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String caseNo = caseNumber(now, id);
        jdbc.sql(NUMBER_RELAPSE_FILE)
                .param("caseNo", caseNo).param("income", IntakeValidator.money(householdYearlyIncome))
                .param("rigidExpenses", IntakeValidator.money(rigidExpenses)).param("situation", situation)
                .param("caseId", id).update();
        CaseMemo.forgetAll();
        households.copy(archivedCaseId, id);
        holdPlaces(id);
        records.addParticipant(id, reportedBy, "FILED");
        events.publishEvent(new CaseFiled(id, caseNo, archived.unitId(), reportedBy));
        return records.caseById(id);
    }

    private long insertCase(CurrentUser user, CaseKind kind, CaseStatus status, String name, String residentIdText,
                            String phone, String employer, int size, BigDecimal income, BigDecimal rigid,
                            HardshipCause cause, BankAccount card, Long previous) {
        ResidentId residentId = new ResidentId(residentIdText.trim().toUpperCase());
        OffsetDateTime now = records.now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_CASE)
                .param("unitId", user.unit().id()).param("kind", kind.name()).param("previousCaseId", previous)
                .param("workerName", name.trim()).param("residentIdEnc", cipher.encrypt(residentId.value()))
                .param("residentIdHash", cipher.searchHash(residentId.value()))
                .param("residentIdMasked", residentId.masked()).param("sex", residentId.sex().name())
                .param("birthDate", residentId.birthDate()).param("phoneEnc", cipher.encrypt(phone.trim()))
                .param("phoneMasked", PhoneNumbers.masked(phone)).param("employer", employer.trim())
                .param("householdSize", size).param("income", IntakeValidator.money(income))
                .param("rigidExpenses", IntakeValidator.money(rigid)).param("hardshipCause", cause.name())
                .param("bankCardEnc", cipher.encrypt(card.number())).param("bankCardLast4", card.last4())
                .param("status", status.name()).param("filedBy", user.username()).param("filedAt", now)
                .param("cardHolderName", card.holderName()).param("bankAccountKind", card.kind().name())
                .param("fileLevel", (kind == CaseKind.EMERGENCY ? FileLevel.LOCAL : FileLevel.NATIONAL).name())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql(NUMBER_CASE).param("caseNo", caseNumber(now, id)).param("caseId", id).update();
        CaseMemo.forgetAll();
        records.addParticipant(id, user.username(), "FILED");
        return id;
    }

    private static String caseNumber(OffsetDateTime now, long id) {
        return "BF%d-%06d".formatted(now.getYear(), id);
    }

    private HardshipCase filed(long id, CurrentUser user) {
        HardshipCase filed = records.caseById(id);
        events.publishEvent(new CaseFiled(id, filed.caseNo(), user.unit().id(), user.username()));
        return filed;
    }

    /** Every member's place in the national duplicate check: a racing second intake fails on the primary key. */
    private void holdPlaces(long caseId) {
        List<String> hashes = new ArrayList<>();
        hashes.add(jdbc.sql(FIND_RESIDENT_HASH).param("caseId", caseId)
                .query(String.class).single());
        hashes.addAll(households.memberHashes(caseId));
        for (String hash : hashes) {
            try {
                jdbc.sql(HOLD_PLACE)
                        .param("hash", hash).param("caseId", caseId).update();
            } catch (DuplicateKeyException raced) {
                refuseIfActive(List.of(hash));
                throw raced;
            }
        }
    }

    /** One query for the applicant and every member; the first of them (in that order) held elsewhere is named. */
    private void refuseIfAnyActive(String applicantId, List<MemberCommand> members) {
        List<String> hashes = new ArrayList<>(cipher.searchHashes(applicantId.trim().toUpperCase()));
        for (MemberCommand member : members) {
            hashes.addAll(cipher.searchHashes(member.residentId().trim().toUpperCase()));
        }
        refuseIfActive(hashes);
    }

    /** The hashes of one person under every configured key: during a key rotation a place may be held under either. */
    private void refuseIfActive(List<String> residentHashes) {
        Map<String, Long> held = new HashMap<>();
        jdbc.sql(FIND_HOLDING_UNIT).param("hashes", residentHashes)
                .query((rs, n) -> held.putIfAbsent(rs.getString(1), rs.getLong(2))).list();
        Optional<Long> holdingUnit = residentHashes.stream().filter(held::containsKey).map(held::get).findFirst();
        if (holdingUnit.isPresent()) {
            // Name the unit only: the user may not be allowed to see the case itself.
            throw new ConflictException("error.duplicateActiveCase", organization.unit(holdingUnit.get()).name());
        }
    }
}
