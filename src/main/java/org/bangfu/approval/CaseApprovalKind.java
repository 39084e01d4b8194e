package org.bangfu.approval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.bangfu.identification.CaseTaskKind;
import org.bangfu.identification.CaseVariables;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.bangfu.workflow.OpenTask;

/**
 * A county decision on a case (its file, its exit, a spot check): done by approvers, shown with its tier, and kept
 * from everyone who touched the case — they are not offered it in the inbox and may not claim it (four eyes).
 */
public abstract class CaseApprovalKind<C> extends CaseTaskKind<C> {

    /** The tier the task decides at, shown as a badge. */
    public static final String TIER = "tier";

    private final ApprovalService approval;

    protected CaseApprovalKind(String key, String action, Class<C> commandType, ApprovalService approval) {
        super(key, action, commandType);
        this.approval = approval;
    }

    @Override
    public Role role() {
        return Role.APPROVER;
    }

    @Override
    public Set<String> variables() {
        return Set.of(CaseVariables.CASE_ID, TIER);
    }

    @Override
    public String badgeVariable() {
        return TIER;
    }

    @Override
    public String badgeType() {
        return Tier.class.getSimpleName();
    }

    @Override
    public void checkMayClaim(OpenTask task, CurrentUser user) {
        approval.checkMayDecide(caseId(task), Tier.COUNTY, user);
    }

    /** Everyone who took part in the task's case. */
    @Override
    public Set<String> touchers(OpenTask task) {
        Long caseId = task.longVariable(CaseVariables.CASE_ID);
        return caseId == null ? Set.of() : approval.touchedCases(Set.of(caseId)).getOrDefault(caseId, Set.of());
    }
}
