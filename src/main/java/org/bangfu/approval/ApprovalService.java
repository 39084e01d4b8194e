package org.bangfu.approval;

import java.util.Optional;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrgUnit;

public interface ApprovalService {

    /** The unit whose approvers decide on a case filed at this unit. */
    OrgUnit approvingUnit(long caseUnitId);

    /**
     * Records the decision after checking role, jurisdiction and separation of duties; refuses bad input field by
     * field and saves nothing then.
     */
    ApprovalDecision decide(DecideCommand command, CurrentUser approver);

    /** Throws the refusal {@link #decide} would give for this user, without deciding. */
    void checkMayDecide(long caseId, CurrentUser approver);

    Optional<ApprovalDecision> decision(long caseId);
}
