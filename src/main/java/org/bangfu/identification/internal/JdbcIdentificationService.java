package org.bangfu.identification.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bangfu.identification.AccountReveal;
import org.bangfu.identification.Attachment;
import org.bangfu.identification.AttachmentAdded;
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.BankAccountChanged;
import org.bangfu.identification.BankAccountRevealed;
import org.bangfu.identification.CaseFiled;
import org.bangfu.identification.CaseKind;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.CompleteFileCommand;
import org.bangfu.identification.EmergencyCommand;
import org.bangfu.identification.FileCompleted;
import org.bangfu.identification.FileLevel;
import org.bangfu.identification.FileLevelChanged;
import org.bangfu.identification.FileOpened;
import org.bangfu.identification.FileRefused;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.Household;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.IncomeUpdated;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.identification.MemberCommand;
import org.bangfu.identification.NewAttachment;
import org.bangfu.identification.PayeeAccount;
import org.bangfu.identification.PhoneRevealed;
import org.bangfu.identification.RefusalReason;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.BankAccount;
import org.bangfu.shared.BankCardNumber;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.PhoneNumbers;
import org.bangfu.shared.ResidentId;
import org.bangfu.shared.Sex;
import org.bangfu.shared.TextInput;
import org.bangfu.shared.UploadContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcIdentificationService implements IdentificationService {

    static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
    private static final Set<String> ATTACHMENT_TYPES = Set.of("image/jpeg", "image/png", "application/pdf",
            "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private static final String COLUMNS = "c.id, c.case_no, c.unit_id, c.kind, c.worker_name, c.resident_id_masked, "
            + "c.sex, c.birth_date, c.phone_masked, c.employer, c.household_size, c.household_yearly_income, "
            + "c.rigid_expenses, c.hardship_cause, c.bank_card_last4, c.status, c.grade, c.filed_by, c.filed_at, "
            + "c.file_no, c.opened_at, c.previous_case_id, c.refusal_reason, c.refusal_note, c.notice_from, "
            + "c.notice_until, c.file_level, c.card_holder_name, c.bank_account_kind";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Jurisdiction jurisdiction;
    private final OrganizationService organization;
    private final HouseholdStore households;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcIdentificationService(JdbcClient jdbc, FieldCipher cipher, Jurisdiction jurisdiction,
                              OrganizationService organization, HouseholdStore households,
                              ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.jurisdiction = jurisdiction;
        this.organization = organization;
        this.households = households;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public HardshipCase fileCase(IntakeCommand command, CurrentUser user) {
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

    @Override
    @Transactional
    public HardshipCase fileEmergency(EmergencyCommand command, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        List<FieldError> errors = IntakeValidator.problems(command);
        InvalidInputException.throwIfAny(errors);
        refuseIfAnyActive(command.residentId(), List.of());
        long id = insertCase(user, CaseKind.EMERGENCY, CaseStatus.EMERGENCY, command.workerName(),
                command.residentId(), command.phone(), command.employer(), 1, BigDecimal.ZERO, BigDecimal.ZERO,
                command.hardshipCause(), BankAccount.of(command.bankCard(), command.cardHolderName()), null);
        jdbc.sql("UPDATE hardship_case SET situation = ? WHERE id = ?").params(command.situation().trim(), id).update();
        holdPlaces(id);
        return filed(id, user);
    }

    @Override
    @Transactional
    public HardshipCase completeEmergencyFile(long caseId, CompleteFileCommand command, CurrentUser user) {
        HardshipCase temporary = caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, temporary.unitId());
        if (temporary.status() != CaseStatus.EMERGENCY) {
            throw new ConflictException("error.notTemporaryFile", temporary.caseNo());
        }
        String residentId = cipher.decrypt(jdbc.sql("SELECT resident_id_enc FROM hardship_case WHERE id = ?")
                .param(caseId).query(String.class).single());
        List<FieldError> errors = IntakeValidator.problems(command, residentId);
        InvalidInputException.throwIfAny(errors);
        List<MemberCommand> members = command.members() == null ? List.of() : command.members();
        for (MemberCommand member : members) {
            refuseIfActive(cipher.searchHashes(member.residentId().trim().toUpperCase()));
        }
        jdbc.sql("UPDATE hardship_case SET household_size = ?, household_yearly_income = ?, rigid_expenses = ?, "
                        + "status = ?, file_level = 'NATIONAL' WHERE id = ?")
                .params(command.householdSize(), IntakeValidator.money(command.householdYearlyIncome()),
                        IntakeValidator.money(command.rigidExpenses()), CaseStatus.APPLIED.name(), caseId)
                .update();
        households.saveProfile(caseId, command.profile());
        households.saveMembers(caseId, members);
        holdPlaces(caseId);
        addParticipant(caseId, user.username(), "COMPLETED");
        events.publishEvent(new FileCompleted(user.username(), caseId, temporary.unitId(), temporary.caseNo()));
        return caseById(caseId);
    }

    @Override
    @Transactional
    public HardshipCase openRelapseFile(long archivedCaseId, BigDecimal householdYearlyIncome,
                                        BigDecimal rigidExpenses, String situation, String reportedBy) {
        HardshipCase archived = caseById(archivedCaseId);
        if (archived.status() != CaseStatus.EXITED) {
            throw new ConflictException("error.notArchived", archived.caseNo());
        }
        Optional<HardshipCase> existing = relapseOf(archivedCaseId);
        if (existing.isPresent()) {
            return existing.get();
        }
        String residentId = cipher.decrypt(jdbc.sql("SELECT resident_id_enc FROM hardship_case WHERE id = ?")
                .param(archivedCaseId).query(String.class).single());
        refuseIfActive(cipher.searchHashes(residentId));
        OffsetDateTime now = now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO hardship_case (unit_id, kind, previous_case_id, worker_name, resident_id_enc,
                  resident_id_hash, resident_id_masked, sex, birth_date, phone_enc, phone_masked, employer,
                  household_size, household_yearly_income, rigid_expenses, hardship_cause, bank_card_enc,
                  bank_card_last4, status, filed_by, filed_at, card_holder_name, bank_account_kind, file_level)
                SELECT unit_id, 'RELAPSE', id, worker_name, resident_id_enc, resident_id_hash, resident_id_masked, sex,
                  birth_date, phone_enc, phone_masked, employer, household_size, household_yearly_income, rigid_expenses, hardship_cause,
                  bank_card_enc, bank_card_last4, 'APPLIED', ?, ?, card_holder_name, bank_account_kind, file_level
                FROM hardship_case WHERE id = ?""")
                .params(reportedBy, now, archivedCaseId).update(keys, "id");
        long id = keys.getKey().longValue();
        String caseNo = caseNumber(now, id);
        jdbc.sql("UPDATE hardship_case SET case_no = ?, household_yearly_income = ?, rigid_expenses = ?, situation = ? "
                        + "WHERE id = ?")
                .params(caseNo, IntakeValidator.money(householdYearlyIncome), IntakeValidator.money(rigidExpenses),
                        situation, id).update();
        households.copy(archivedCaseId, id);
        holdPlaces(id);
        addParticipant(id, reportedBy, "FILED");
        events.publishEvent(new CaseFiled(id, caseNo, archived.unitId(), reportedBy));
        return caseById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HardshipCase> relapseOf(long archivedCaseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hardship_case c WHERE c.previous_case_id = ?")
                .param(archivedCaseId).query(JdbcIdentificationService::row).optional();
    }

    private long insertCase(CurrentUser user, CaseKind kind, CaseStatus status, String name, String residentIdText,
                            String phone, String employer, int size, BigDecimal income, BigDecimal rigid,
                            HardshipCause cause, BankAccount card, Long previous) {
        ResidentId residentId = new ResidentId(residentIdText.trim().toUpperCase());
        OffsetDateTime now = now();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO hardship_case (unit_id, kind, previous_case_id, worker_name, resident_id_enc,
                  resident_id_hash, resident_id_masked, sex, birth_date, phone_enc, phone_masked, employer,
                  household_size, household_yearly_income, rigid_expenses, hardship_cause, bank_card_enc,
                  bank_card_last4, status, filed_by, filed_at, card_holder_name, bank_account_kind, file_level)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(user.unit().id(), kind.name(), previous, name.trim(), cipher.encrypt(residentId.value()),
                        cipher.searchHash(residentId.value()), residentId.masked(), residentId.sex().name(),
                        residentId.birthDate(), cipher.encrypt(phone.trim()), PhoneNumbers.masked(phone),
                        employer.trim(), size, IntakeValidator.money(income),
                        IntakeValidator.money(rigid), cause.name(), cipher.encrypt(card.number()), card.last4(),
                        status.name(), user.username(), now, card.holderName(), card.kind().name(),
                        (kind == CaseKind.EMERGENCY ? FileLevel.LOCAL : FileLevel.NATIONAL).name())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("UPDATE hardship_case SET case_no = ? WHERE id = ?").params(caseNumber(now, id), id).update();
        addParticipant(id, user.username(), "FILED");
        return id;
    }

    private static String caseNumber(OffsetDateTime now, long id) {
        return "BF%d-%06d".formatted(now.getYear(), id);
    }

    private HardshipCase filed(long id, CurrentUser user) {
        HardshipCase filed = caseById(id);
        events.publishEvent(new CaseFiled(id, filed.caseNo(), user.unit().id(), user.username()));
        return filed;
    }

    /** Every member's place in the national duplicate check: a racing second intake fails on the primary key. */
    private void holdPlaces(long caseId) {
        List<String> hashes = new ArrayList<>();
        hashes.add(jdbc.sql("SELECT resident_id_hash FROM hardship_case WHERE id = ?").param(caseId)
                .query(String.class).single());
        hashes.addAll(households.memberHashes(caseId));
        for (String hash : hashes) {
            boolean held = jdbc.sql("SELECT COUNT(*) FROM active_resident WHERE resident_id_hash = ? AND case_id = ?")
                    .params(hash, caseId).query(Integer.class).single() > 0;
            if (held) {
                continue;
            }
            try {
                jdbc.sql("INSERT INTO active_resident (resident_id_hash, case_id) VALUES (?, ?)")
                        .params(hash, caseId).update();
            } catch (DuplicateKeyException raced) {
                refuseIfActive(List.of(hash));
                throw raced;
            }
        }
    }

    private void refuseIfAnyActive(String applicantId, List<MemberCommand> members) {
        refuseIfActive(cipher.searchHashes(applicantId.trim().toUpperCase()));
        for (MemberCommand member : members) {
            refuseIfActive(cipher.searchHashes(member.residentId().trim().toUpperCase()));
        }
    }

    /** The hashes of one person under every configured key: during a key rotation a place may be held under either. */
    private void refuseIfActive(List<String> residentHashes) {
        Optional<Long> holdingUnit = jdbc.sql("""
                SELECT c.unit_id FROM active_resident a JOIN hardship_case c ON c.id = a.case_id
                WHERE a.resident_id_hash IN (:hashes)""").param("hashes", residentHashes).query(Long.class).list()
                .stream().findFirst();
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
    public List<HardshipCase> casesByNumbers(Collection<String> caseNos) {
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
    @Transactional(readOnly = true)
    public List<String> caseNumbersByWorkerName(CurrentUser user, String nameContains, int limit) {
        return jdbc.sql("SELECT c.case_no FROM hardship_case c JOIN org_unit u ON u.id = c.unit_id "
                        + "WHERE u.path LIKE ? AND c.worker_name LIKE ? ORDER BY c.id DESC FETCH FIRST ? ROWS ONLY")
                .params(jurisdiction.subtreePrefix(user) + "%", "%" + nameContains.trim() + "%", limit)
                .query(String.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<HardshipCase> openFiles(long unitId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM hardship_case c JOIN org_unit u ON u.id = c.unit_id "
                        + "WHERE u.path LIKE ? AND c.status IN ('OPEN', 'RELIEVED') ORDER BY c.id")
                .param(organization.unit(unitId).path() + "%").query(JdbcIdentificationService::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Household household(long caseId) {
        return households.household(caseId);
    }

    @Override
    @Transactional
    public void changeStatus(long caseId, CaseStatus to) {
        jdbc.sql("UPDATE hardship_case SET status = ?, closed_at = ? WHERE id = ?")
                .params(to.name(), to.isActive() ? null : now(), caseId).update();
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
    @Transactional
    public void refuse(long caseId, CaseStatus to, RefusalReason reason, String note, String actor) {
        if (to.isActive()) {
            throw new IllegalArgumentException("a refusal ends the file: " + to);
        }
        jdbc.sql("UPDATE hardship_case SET refusal_reason = ?, refusal_note = ? WHERE id = ?")
                .params(reason.name(), note, caseId).update();
        changeStatus(caseId, to);
        HardshipCase refused = caseById(caseId);
        events.publishEvent(new FileRefused(actor, caseId, refused.unitId(), to, reason, note));
    }

    @Override
    @Transactional
    public HardshipCase openFile(long caseId) {
        HardshipCase hardshipCase = caseById(caseId);
        if (hardshipCase.fileNo() == null) {
            String fileNo = "DA%s-%06d".formatted(organization.unit(hardshipCase.unitId()).divisionCode(), caseId);
            jdbc.sql("UPDATE hardship_case SET file_no = ?, opened_at = ? WHERE id = ?")
                    .params(fileNo, now(), caseId).update();
        }
        changeStatus(caseId, CaseStatus.OPEN);
        HardshipCase opened = caseById(caseId);
        events.publishEvent(new FileOpened(caseId, opened.unitId(), opened.fileNo()));
        return opened;
    }

    @Override
    @Transactional(readOnly = true)
    public String bankCardLast4(long caseId) {
        return jdbc.sql("SELECT bank_card_last4 FROM hardship_case WHERE id = ?").param(caseId)
                .query(String.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public PayeeAccount payee(long caseId) {
        PayeeAccount payee = payees(List.of(caseId)).get(caseId);
        if (payee == null) {
            throw new NotFoundException("error.caseNotFound", caseId);
        }
        return payee;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, PayeeAccount> payees(Collection<Long> caseIds) {
        java.util.Map<Long, PayeeAccount> found = new java.util.HashMap<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(caseIds));
        for (int from = 0; from < ids.size(); from += 5000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 5000));
            jdbc.sql("SELECT id, worker_name, phone_enc, bank_card_enc, card_holder_name FROM hardship_case "
                            + "WHERE id IN (:ids)").param("ids", chunk)
                    .query((rs, n) -> new PayeeAccount(rs.getLong("id"), rs.getString("worker_name"),
                            decryptOrNull(rs.getString("phone_enc")), BankAccount.of(cipher.decrypt(rs.getString("bank_card_enc")),
                            rs.getString("card_holder_name"))))
                    .list().forEach(p -> found.put(p.caseId(), p));
        }
        return found;
    }

    @Override
    @Transactional
    public HardshipCase changeBankAccount(long caseId, String number, String holderName, boolean confirmedNonCard,
                                          String reason, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.FINANCE);
        HardshipCase c = caseById(caseId);
        jurisdiction.requireCovers(user, c.unitId());
        List<FieldError> errors = new ArrayList<>(BankAccount.problems(number, holderName, c.workerName(),
                confirmedNonCard));
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        BankAccount account = BankAccount.of(number, holderName);
        jdbc.sql("UPDATE hardship_case SET bank_card_enc = ?, bank_card_last4 = ?, card_holder_name = ?, "
                        + "bank_account_kind = ? WHERE id = ?")
                .params(cipher.encrypt(account.number()), account.last4(), account.holderName(),
                        account.kind().name(), caseId).update();
        events.publishEvent(new BankAccountChanged(user.username(), caseId, c.unitId(), account.last4(),
                account.kind(), reason.trim()));
        return caseById(caseId);
    }

    private String decryptOrNull(String stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }

    @Override
    @Transactional
    public String revealPhone(long caseId, String reason, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        HardshipCase c = caseById(caseId);
        jurisdiction.requireCovers(user, c.unitId());
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        String phone = decryptOrNull(jdbc.sql("SELECT phone_enc FROM hardship_case WHERE id = ?").param(caseId)
                .query(String.class).optional().orElse(null));
        jdbc.sql("INSERT INTO phone_reveal (subject, subject_id, revealed_by, reason, revealed_at) "
                + "VALUES ('CASE', ?, ?, ?, ?)").params(caseId, user.username(), reason.trim(), now()).update();
        events.publishEvent(new PhoneRevealed(user.username(), caseId, c.unitId(), reason.trim()));
        return phone;
    }

    @Override
    @Transactional
    public String revealBankAccount(long caseId, String reason, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.FINANCE, Role.AUDITOR, Role.ADMIN);
        HardshipCase c = caseById(caseId);
        jurisdiction.requireCovers(user, c.unitId());
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        jdbc.sql("INSERT INTO bank_account_reveal (case_id, revealed_by, reason, revealed_at) VALUES (?, ?, ?, ?)")
                .params(caseId, user.username(), reason.trim(), now()).update();
        events.publishEvent(new BankAccountRevealed(user.username(), caseId, c.unitId(), reason.trim()));
        return payee(caseId).account().number();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountReveal> accountReveals(long caseId) {
        return jdbc.sql("SELECT * FROM bank_account_reveal WHERE case_id = ? ORDER BY id").param(caseId)
                .query((rs, n) -> new AccountReveal(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getString("revealed_by"), rs.getString("reason"),
                        rs.getObject("revealed_at", OffsetDateTime.class))).list();
    }

    @Override
    @Transactional
    public HardshipCase changeFileLevel(long caseId, FileLevel level, String reason, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.APPROVER, Role.ADMIN);
        HardshipCase c = caseById(caseId);
        jurisdiction.requireCovers(user, c.unitId());
        List<FieldError> errors = new ArrayList<>();
        if (level == null) {
            errors.add(FieldError.of("fileLevel", "validation.required"));
        } else if (level == FileLevel.NATIONAL && c.kind() == CaseKind.EMERGENCY && c.status() == CaseStatus.EMERGENCY) {
            errors.add(FieldError.of("fileLevel", "validation.fileLevel.temporary"));
        }
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        jdbc.sql("UPDATE hardship_case SET file_level = ? WHERE id = ?").params(level.name(), caseId).update();
        events.publishEvent(new FileLevelChanged(user.username(), caseId, c.unitId(), level, reason.trim()));
        return caseById(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> participants(long caseId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT username FROM case_participant WHERE case_id = ? ORDER BY username")
                .param(caseId).query(String.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, Set<String>> participants(Collection<Long> caseIds) {
        java.util.Map<Long, Set<String>> byCase = new java.util.HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        jdbc.sql("SELECT case_id, username FROM case_participant WHERE case_id IN (:ids)")
                .param("ids", List.copyOf(caseIds))
                .query((rs, n) -> byCase.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                        .add(rs.getString(2)))
                .list();
        return byCase;
    }

    @Override
    @Transactional
    public void addParticipant(long caseId, String username, String part) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM case_participant WHERE case_id = ? AND username = ? AND part = ?")
                .params(caseId, username, part).query(Integer.class).single() > 0;
        if (!known) {
            jdbc.sql("INSERT INTO case_participant (case_id, username, part) VALUES (?, ?, ?)")
                    .params(caseId, username, part).update();
        }
    }

    @Override
    @Transactional
    public Attachment attach(long caseId, NewAttachment a, CurrentUser user) {
        HardshipCase hardshipCase = caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, hardshipCase.unitId());
        List<FieldError> errors = new ArrayList<>();
        if (a.kind() == null) {
            errors.add(FieldError.of("kind", "validation.required"));
        }
        IntakeValidator.text(errors, "fileName", a.fileName(), 200);
        if (a.content() == null || a.content().length == 0) {
            errors.add(FieldError.of("file", "validation.attachment.empty"));
        } else if (a.content().length > MAX_ATTACHMENT_BYTES) {
            errors.add(FieldError.of("file", "validation.attachment.tooLarge", MAX_ATTACHMENT_BYTES / 1024 / 1024));
        }
        if (a.contentType() == null || !ATTACHMENT_TYPES.contains(a.contentType())) {
            errors.add(FieldError.of("file", "validation.attachment.type"));
        } else if (errors.stream().noneMatch(e -> e.field().equals("file"))) {
            // the content decides, not the name or the type the browser derived from it (a renamed program)
            UploadContent.Kind claimed = UploadContent.Kind.ofMediaType(a.contentType()).orElseThrow();
            UploadContent.problem("file", a.content(), Set.of(claimed), "input.upload.kinds.attachment")
                    .ifPresent(errors::add);
        }
        InvalidInputException.throwIfAny(errors);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO case_attachment (case_id, kind, file_name, content_type, size_bytes, content, visit_id, "
                        + "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, a.kind().name(), a.fileName().trim(), a.contentType(), a.content().length,
                        a.content(), a.visitId(), user.username(), now())
                .update(keys, "id");
        addParticipant(caseId, user.username(), "ATTACHED");
        events.publishEvent(new AttachmentAdded(user.username(), caseId, hardshipCase.unitId(), a.kind(),
                a.fileName().trim()));
        long id = keys.getKey().longValue();
        return attachments(caseId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attachment> attachments(long caseId) {
        return jdbc.sql("SELECT id, case_id, kind, file_name, content_type, size_bytes, visit_id, uploaded_by, "
                        + "uploaded_at FROM case_attachment WHERE case_id = ? ORDER BY id")
                .param(caseId)
                .query((rs, n) -> {
                    long visit = rs.getLong("visit_id");
                    Long visitId = rs.wasNull() ? null : visit;
                    return new Attachment(rs.getLong("id"), rs.getLong("case_id"),
                            AttachmentKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                            rs.getString("content_type"), rs.getInt("size_bytes"), visitId,
                            rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
                }).list();
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] attachmentContent(long attachmentId, CurrentUser user) {
        record Row(long caseId, byte[] content) {
        }
        Row row = jdbc.sql("SELECT case_id, content FROM case_attachment WHERE id = ?").param(attachmentId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBytes(2))).optional()
                .orElseThrow(() -> new NotFoundException("error.attachmentNotFound", attachmentId));
        if (!jurisdiction.covers(user, caseById(row.caseId()).unitId())) {
            throw new NotFoundException("error.attachmentNotFound", attachmentId);
        }
        return row.content();
    }

    @Override
    @Transactional
    public void updateIncome(long caseId, BigDecimal householdYearlyIncome, BigDecimal rigidExpenses,
                             CurrentUser user) {
        HardshipCase c = caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, c.unitId());
        List<FieldError> errors = new ArrayList<>();
        org.bangfu.shared.Amounts.problemWithNonNegative(householdYearlyIncome)
                .ifPresent(k -> errors.add(FieldError.of("householdYearlyIncome", k)));
        org.bangfu.shared.Amounts.problemWithNonNegative(rigidExpenses)
                .ifPresent(k -> errors.add(FieldError.of("rigidExpenses", k)));
        InvalidInputException.throwIfAny(errors);
        jdbc.sql("UPDATE hardship_case SET household_yearly_income = ?, rigid_expenses = ? WHERE id = ?")
                .params(IntakeValidator.money(householdYearlyIncome), IntakeValidator.money(rigidExpenses), caseId)
                .update();
        addParticipant(caseId, user.username(), "INCOME_SUPPLIED");
        events.publishEvent(new IncomeUpdated(user.username(), caseId, c.unitId(), c.householdYearlyIncome(),
                householdYearlyIncome));
    }

    private OffsetDateTime now() {
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
