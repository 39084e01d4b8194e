package org.bangfu.identification.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bangfu.identification.Attachment;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.CompleteFileCommand;
import org.bangfu.identification.AccountReveal;
import org.bangfu.identification.EmergencyCommand;
import org.bangfu.identification.FileLevel;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.Household;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.identification.NewAttachment;
import org.bangfu.identification.RefusalReason;
import org.bangfu.organization.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hardship files on JDBC. The transactions are drawn here; the work is done by intake, file changes, payee accounts,
 * attachments and the reads of files and their participants.
 */
@Service
class JdbcIdentificationService implements IdentificationService {

    private final FileIntake intake;
    private final CaseRecords records;
    private final FileChanges changes;
    private final PayeeAccounts payees;
    private final CaseAttachments attachments;
    private final HouseholdStore households;

    JdbcIdentificationService(FileIntake intake, CaseRecords records, FileChanges changes, PayeeAccounts payees,
                              CaseAttachments attachments, HouseholdStore households) {
        this.intake = intake;
        this.records = records;
        this.changes = changes;
        this.payees = payees;
        this.attachments = attachments;
        this.households = households;
    }

    @Override
    @Transactional
    public HardshipCase fileCase(IntakeCommand command, CurrentUser user) {
        return intake.fileCase(command, user);
    }

    @Override
    @Transactional
    public HardshipCase fileEmergency(EmergencyCommand command, CurrentUser user) {
        return intake.fileEmergency(command, user);
    }

    @Override
    @Transactional
    public HardshipCase completeEmergencyFile(long caseId, CompleteFileCommand command, CurrentUser user) {
        return intake.completeEmergencyFile(caseId, command, user);
    }

    @Override
    @Transactional
    public HardshipCase openRelapseFile(long archivedCaseId, BigDecimal householdYearlyIncome,
                                        BigDecimal rigidExpenses, String situation, String reportedBy) {
        return intake.openRelapseFile(archivedCaseId, householdYearlyIncome, rigidExpenses, situation, reportedBy);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<HardshipCase> relapseOf(long archivedCaseId) {
        return records.relapseOf(archivedCaseId);
    }

    @Override
    @Transactional(readOnly = true)
    public HardshipCase caseFor(String caseNo, CurrentUser user) {
        return records.caseFor(caseNo, user);
    }

    @Override
    @Transactional(readOnly = true)
    public HardshipCase caseById(long caseId) {
        return records.caseById(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HardshipCase> casesByNumbers(Collection<String> caseNos) {
        return records.casesByNumbers(caseNos);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HardshipCase> cases(CurrentUser user, int limit) {
        return records.cases(user, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HardshipCase> casePage(CurrentUser user, int offset, int limit) {
        return records.casePage(user, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public int caseCount(CurrentUser user) {
        return records.caseCount(user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> caseNumbersByWorkerName(CurrentUser user, String nameContains, int limit) {
        return records.caseNumbersByWorkerName(user, nameContains, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HardshipCase> openFiles(long unitId) {
        return records.openFiles(unitId);
    }

    @Override
    @Transactional(readOnly = true)
    public Household household(long caseId) {
        return households.household(caseId);
    }

    @Override
    @Transactional
    public void changeStatus(long caseId, CaseStatus to) {
        changes.changeStatus(caseId, to);
    }

    @Override
    @Transactional
    public void recordGrade(long caseId, String grade) {
        changes.recordGrade(caseId, grade);
    }

    @Override
    @Transactional
    public void refuse(long caseId, CaseStatus to, RefusalReason reason, String note, String actor) {
        changes.refuse(caseId, to, reason, note, actor);
    }

    @Override
    @Transactional
    public HardshipCase openFile(long caseId) {
        return changes.openFile(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public String bankCardLast4(long caseId) {
        return payees.bankCardLast4(caseId);
    }

    @Override
    @Transactional
    public HardshipCase changeBankAccount(long caseId, String number, String holderName, boolean confirmedNonCard,
                                          String reason, CurrentUser user) {
        return changes.changeBankAccount(caseId, number, holderName, confirmedNonCard, reason, user);
    }

    @Override
    @Transactional
    public String revealPhone(long caseId, String reason, CurrentUser user) {
        return payees.revealPhone(caseId, reason, user);
    }

    @Override
    @Transactional
    public String revealBankAccount(long caseId, String reason, CurrentUser user) {
        return payees.revealBankAccount(caseId, reason, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountReveal> accountReveals(long caseId) {
        return payees.accountReveals(caseId);
    }

    @Override
    @Transactional
    public HardshipCase changeFileLevel(long caseId, FileLevel level, String reason, CurrentUser user) {
        return changes.changeFileLevel(caseId, level, reason, user);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> participants(long caseId) {
        return records.participants(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> participants(Collection<Long> caseIds) {
        return records.participants(caseIds);
    }

    @Override
    @Transactional
    public void addParticipant(long caseId, String username, String part) {
        records.addParticipant(caseId, username, part);
    }

    @Override
    @Transactional
    public Attachment attach(long caseId, NewAttachment a, CurrentUser user) {
        return attachments.attach(caseId, a, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Attachment> attachments(long caseId) {
        return attachments.attachments(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] attachmentContent(long attachmentId, CurrentUser user) {
        return attachments.attachmentContent(attachmentId, user);
    }

    @Override
    @Transactional
    public void updateIncome(long caseId, BigDecimal householdYearlyIncome, BigDecimal rigidExpenses,
                             CurrentUser user) {
        changes.updateIncome(caseId, householdYearlyIncome, rigidExpenses, user);
    }

}
