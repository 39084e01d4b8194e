package org.bangfu.identification.internal;

import org.bangfu.identification.BankAccountChanged;
import org.bangfu.identification.FileLevelChanged;
import org.bangfu.identification.FileOpened;
import org.bangfu.identification.FileRefused;
import org.bangfu.identification.IncomeUpdated;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.bangfu.identification.CaseKind;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.FileLevel;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.RefusalReason;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.BankAccount;
import org.bangfu.shared.FieldCipher;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Changes to an existing file: its status, grade, refusal, opening, bank account, file level and income.
 */
@Component
class FileChanges {

    static final String CHANGE_STATUS = """
            UPDATE hardship_case SET status = :status, closed_at = :closedAt WHERE id = :caseId""";
    /** A closed file gives up its people's places in the national duplicate check. */
    static final String RELEASE_PLACES = """
            DELETE FROM active_resident WHERE case_id = :caseId""";
    static final String RECORD_GRADE = """
            UPDATE hardship_case SET grade = :grade WHERE id = :caseId""";
    static final String RECORD_REFUSAL = """
            UPDATE hardship_case SET refusal_reason = :reason, refusal_note = :note WHERE id = :caseId""";
    static final String NUMBER_FILE = """
            UPDATE hardship_case SET file_no = :fileNo, opened_at = :openedAt WHERE id = :caseId""";
    static final String CHANGE_BANK_ACCOUNT = """
            UPDATE hardship_case SET bank_card_enc = :bankCardEnc, bank_card_last4 = :bankCardLast4,
              card_holder_name = :cardHolderName, bank_account_kind = :bankAccountKind
            WHERE id = :caseId""";
    static final String CHANGE_FILE_LEVEL = """
            UPDATE hardship_case SET file_level = :fileLevel WHERE id = :caseId""";
    static final String UPDATE_INCOME = """
            UPDATE hardship_case SET household_yearly_income = :income, rigid_expenses = :rigidExpenses
            WHERE id = :caseId""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Jurisdiction jurisdiction;
    private final OrganizationService organization;
    private final ApplicationEventPublisher events;
    private final CaseRecords records;

    FileChanges(JdbcClient jdbc, FieldCipher cipher, Jurisdiction jurisdiction, OrganizationService organization,
                ApplicationEventPublisher events, CaseRecords records) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.jurisdiction = jurisdiction;
        this.organization = organization;
        this.events = events;
        this.records = records;
    }

    void changeStatus(long caseId, CaseStatus to) {
        jdbc.sql(CHANGE_STATUS)
                .param("status", to.name()).param("closedAt", to.isActive() ? null : records.now())
                .param("caseId", caseId).update();
        CaseMemo.forgetAll();
        if (!to.isActive()) {
            jdbc.sql(RELEASE_PLACES).param("caseId", caseId).update();
        }
    }

    void recordGrade(long caseId, String grade) {
        jdbc.sql(RECORD_GRADE).param("grade", grade).param("caseId", caseId).update();
        CaseMemo.forgetAll();
    }

    void refuse(long caseId, CaseStatus to, RefusalReason reason, String note, String actor) {
        if (to.isActive()) {
            throw new IllegalArgumentException("a refusal ends the file: " + to);
        }
        jdbc.sql(RECORD_REFUSAL)
                .param("reason", reason.name()).param("note", note).param("caseId", caseId).update();
        CaseMemo.forgetAll();
        changeStatus(caseId, to);
        HardshipCase refused = records.caseById(caseId);
        events.publishEvent(new FileRefused(actor, caseId, refused.unitId(), to, reason, note));
    }

    HardshipCase openFile(long caseId) {
        HardshipCase hardshipCase = records.caseById(caseId);
        if (hardshipCase.fileNo() == null) {
            String fileNo = "DA%s-%06d".formatted(organization.unit(hardshipCase.unitId()).divisionCode(), caseId);
            jdbc.sql(NUMBER_FILE)
                    .param("fileNo", fileNo).param("openedAt", records.now()).param("caseId", caseId).update();
            CaseMemo.forgetAll();
        }
        changeStatus(caseId, CaseStatus.OPEN);
        HardshipCase opened = records.caseById(caseId);
        events.publishEvent(new FileOpened(caseId, opened.unitId(), opened.fileNo()));
        return opened;
    }

    HardshipCase changeBankAccount(long caseId, String number, String holderName, boolean confirmedNonCard,
                                          String reason, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.FINANCE);
        HardshipCase c = records.caseById(caseId);
        jurisdiction.requireCovers(user, c.unitId());
        List<FieldError> errors = new ArrayList<>(BankAccount.problems(number, holderName, c.workerName(),
                confirmedNonCard));
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        BankAccount account = BankAccount.of(number, holderName);
        jdbc.sql(CHANGE_BANK_ACCOUNT)
                .param("bankCardEnc", cipher.encrypt(account.number())).param("bankCardLast4", account.last4())
                .param("cardHolderName", account.holderName()).param("bankAccountKind", account.kind().name())
                .param("caseId", caseId).update();
        CaseMemo.forgetAll();
        events.publishEvent(new BankAccountChanged(user.username(), caseId, c.unitId(), account.last4(),
                account.kind(), reason.trim()));
        return records.caseById(caseId);
    }

    HardshipCase changeFileLevel(long caseId, FileLevel level, String reason, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.APPROVER, Role.ADMIN);
        HardshipCase c = records.caseById(caseId);
        jurisdiction.requireCovers(user, c.unitId());
        List<FieldError> errors = new ArrayList<>();
        if (level == null) {
            errors.add(FieldError.of("fileLevel", "validation.required"));
        } else if (level == FileLevel.NATIONAL && c.kind() == CaseKind.EMERGENCY && c.status() == CaseStatus.EMERGENCY) {
            errors.add(FieldError.of("fileLevel", "validation.fileLevel.temporary"));
        }
        TextInput.required(errors, "reason", reason, 200);
        InvalidInputException.throwIfAny(errors);
        jdbc.sql(CHANGE_FILE_LEVEL).param("fileLevel", level.name()).param("caseId", caseId).update();
        CaseMemo.forgetAll();
        events.publishEvent(new FileLevelChanged(user.username(), caseId, c.unitId(), level, reason.trim()));
        return records.caseById(caseId);
    }

    void updateIncome(long caseId, BigDecimal householdYearlyIncome, BigDecimal rigidExpenses,
                             CurrentUser user) {
        HardshipCase c = records.caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, c.unitId());
        List<FieldError> errors = new ArrayList<>();
        Amounts.problemWithNonNegative(householdYearlyIncome)
                .ifPresent(k -> errors.add(FieldError.of("householdYearlyIncome", k)));
        Amounts.problemWithNonNegative(rigidExpenses)
                .ifPresent(k -> errors.add(FieldError.of("rigidExpenses", k)));
        InvalidInputException.throwIfAny(errors);
        jdbc.sql(UPDATE_INCOME)
                .param("income", IntakeValidator.money(householdYearlyIncome))
                .param("rigidExpenses", IntakeValidator.money(rigidExpenses)).param("caseId", caseId)
                .update();
        CaseMemo.forgetAll();
        records.addParticipant(caseId, user.username(), "INCOME_SUPPLIED");
        events.publishEvent(new IncomeUpdated(user.username(), caseId, c.unitId(), c.householdYearlyIncome(),
                householdYearlyIncome));
    }
}
