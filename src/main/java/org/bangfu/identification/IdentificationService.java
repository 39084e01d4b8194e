package org.bangfu.identification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bangfu.organization.CurrentUser;

/**
 * Hardship files: applications, the household, attachments and the national duplicate check. Methods taking a
 * {@link CurrentUser} check role and jurisdiction themselves; the others are for process steps running as the system.
 */
public interface IdentificationService {

    /** Validates and saves a new application, or refuses with field errors / a duplicate conflict and saves nothing. */
    HardshipCase fileCase(IntakeCommand command, CurrentUser user);

    /** A temporary relief file (kind EMERGENCY) with the applicant only. */
    HardshipCase fileEmergency(EmergencyCommand command, CurrentUser user);

    /** Completes a temporary relief file into a full application (kind REGULAR, status APPLIED). */
    HardshipCase completeEmergencyFile(long caseId, CompleteFileCommand command, CurrentUser user);

    /**
     * A new file for a relapsed household, pre-filled from the archived one and linked to it (kind RELAPSE). The
     * archived file's home visit is carried over (the household is known); the
     * new income is what the relapse report says.
     */
    HardshipCase openRelapseFile(long archivedCaseId, java.math.BigDecimal householdYearlyIncome,
                                 java.math.BigDecimal rigidExpenses, String situation, String reportedBy);

    /** A case the user may see; {@code NotFoundException} when it does not exist or lies outside their subtree. */
    HardshipCase caseFor(String caseNo, CurrentUser user);

    HardshipCase caseById(long caseId);

    List<HardshipCase> casesByNumbers(Collection<String> caseNos);

    /** Cases in the user's subtree, newest first. */
    List<HardshipCase> cases(CurrentUser user, int limit);

    /** One page of the cases in the user's subtree, newest first (the case list's lazy grid). */
    List<HardshipCase> casePage(CurrentUser user, int offset, int limit);

    /** How many cases the user's subtree holds. */
    int caseCount(CurrentUser user);

    /** Case numbers in the user's subtree whose worker name contains the text. */
    List<String> caseNumbersByWorkerName(CurrentUser user, String nameContains, int limit);

    /** Open files (OPEN or RELIEVED) in the subtree of the unit, by id. */
    List<HardshipCase> openFiles(long unitId);

    Household household(long caseId);

    /** Moves the case on; leaving an active status frees every member for a new case. */
    void changeStatus(long caseId, CaseStatus to);

    void recordGrade(long caseId, String grade);

    /** Ends the file with a reason: status REFUSED (or the given inactive status). */
    void refuse(long caseId, CaseStatus to, RefusalReason reason, String note, String actor);

    /** Opens the file: assigns the file number and sets status OPEN. */
    HardshipCase openFile(long caseId);

    /** The card's last four digits, for the payment record. */
    String bankCardLast4(long caseId);

    /**
     * Replaces the account (case worker or finance, e.g. after the bank refused a payment). The holder must be the
     * worker; an account that is not a card needs {@code confirmedNonCard}; refused field by field, nothing saved.
     */
    HardshipCase changeBankAccount(long caseId, String number, String holderName, boolean confirmedNonCard,
                                   String reason, CurrentUser user);

    /**
     * The full phone number of the applicant (shown masked everywhere else), for anyone working on the file in their
     * jurisdiction; every reveal is recorded with its reason and audited (PHONE_REVEALED).
     */
    String revealPhone(long caseId, String reason, CurrentUser user);

    /** The full account number, for finance, auditors and administrators; every reveal is recorded with its reason. */
    String revealBankAccount(long caseId, String reason, CurrentUser user);

    List<AccountReveal> accountReveals(long caseId);

    /** Sets the file level (approver or administrator), with a reason; a temporary emergency file stays local. */
    HardshipCase changeFileLevel(long caseId, FileLevel level, String reason, CurrentUser user);

    /**
     * People who filed, reviewed, visited, revised or supplied data for the case: none of them may approve any of its
     * applications (docs/security/separation-of-duties.md).
     */
    Set<String> participants(long caseId);

    /** {@link #participants(long)} of many cases in one query. */
    java.util.Map<Long, Set<String>> participants(Collection<Long> caseIds);

    void addParticipant(long caseId, String username, String part);

    Attachment attach(long caseId, NewAttachment attachment, CurrentUser user);

    List<Attachment> attachments(long caseId);

    /** The bytes of an attachment the user may see. */
    byte[] attachmentContent(long attachmentId, CurrentUser user);

    Optional<HardshipCase> relapseOf(long archivedCaseId);

    /** The yearly review's corrected household income (case worker of the file's subtree). */
    void updateIncome(long caseId, java.math.BigDecimal householdYearlyIncome, java.math.BigDecimal rigidExpenses,
                      CurrentUser user);
}
