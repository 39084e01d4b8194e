package org.bangfu.identification;

import java.util.List;

import org.bangfu.organization.CurrentUser;

/** Intake and the case record. Methods taking a {@link CurrentUser} check role and jurisdiction themselves. */
public interface IdentificationService {

    /** Validates and saves a new case, or refuses with field errors / a duplicate conflict and saves nothing. */
    HardshipCase fileCase(IntakeCommand command, CurrentUser user);

    /** A case the user may see; {@code NotFoundException} when it does not exist or lies outside their subtree. */
    HardshipCase caseFor(String caseNo, CurrentUser user);

    /** The case by id, without a user check: for process steps running as the system. */
    HardshipCase caseById(long caseId);

    /** Cases by their numbers, without a user check: callers have already filtered by jurisdiction. */
    List<HardshipCase> casesByNumbers(java.util.Collection<String> caseNos);

    /** Cases in the user's subtree, newest first. */
    List<HardshipCase> cases(CurrentUser user, int limit);

    /** Moves the case on; leaving an active status frees the worker for a new case. */
    void changeStatus(long caseId, CaseStatus to);

    void recordGrade(long caseId, String grade);

    /** The card's last four digits, for the payment record. */
    String bankCardLast4(long caseId);
}
