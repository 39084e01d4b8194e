package org.bangfu.approval;

import java.util.List;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrgUnit;

/**
 * Approval of files: the approving unit of each tier, the approver's decision, and separation of duties: nobody
 * approves a case they filed, reviewed, visited, revised or supplied data for, nor decides twice on the same request
 * (docs/security/separation-of-duties.md).
 */
public interface ApprovalService {

    /** The unit that decides at this tier for a case filed at the given unit. */
    OrgUnit tierUnit(long caseUnitId, Tier tier);

    /** Throws the refusal a decision by this user would get, without deciding. */
    void checkMayDecide(long caseId, Tier tier, CurrentUser approver);

    /**
     * Decides on a file awaiting approval: approved (the process then opens the file), rejected (the file ends
     * REJECTED) or returned for more information (status RETURNED). A reason is required unless approving.
     */
    ApprovalStep decideFile(long caseId, DecisionCommand command, CurrentUser approver);

    /** The case worker resubmits a returned file, with what was added. */
    void resubmitFile(long caseId, String note, CurrentUser caseWorker);

    List<ApprovalStep> steps(long caseId);

    /** Per case, who touched it and so may approve none of its applications (for the inbox, in one query). */
    java.util.Map<Long, java.util.Set<String>> touchedCases(java.util.Collection<Long> caseIds);
}
