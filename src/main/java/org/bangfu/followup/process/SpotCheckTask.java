package org.bangfu.followup.process;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.CaseApprovals;
import org.bangfu.approval.Tier;
import org.bangfu.followup.FollowUpService;
import org.bangfu.followup.ReverificationItem;
import org.bangfu.identification.CaseTaskKind;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 抽查: the county re-checks a sampled file of the yearly re-verification; nobody who touched the case may. */
@Component
public class SpotCheckTask extends CaseTaskKind<SpotCheckTask.Check> {

    public record Check(boolean confirmed, String note) {
    }

    private final FollowUpService followUp;
    private final ApprovalService approval;

    SpotCheckTask(FollowUpService followUp, ApprovalService approval) {
        super("Task_SpotCheck", "spot-check", Check.class);
        this.followUp = followUp;
        this.approval = approval;
    }

    @Override
    public Role role() {
        return Role.APPROVER;
    }

    @Override
    public Set<String> variables() {
        return CaseApprovals.VARIABLES;
    }

    @Override
    public String badgeVariable() {
        return CaseApprovals.TIER;
    }

    @Override
    public String badgeType() {
        return Tier.class.getSimpleName();
    }

    @Override
    public void checkMayClaim(OpenTask task, CurrentUser user) {
        CaseApprovals.checkMayClaim(approval, task, user);
    }

    @Override
    public Set<String> touchedBy(List<OpenTask> tasks, CurrentUser user) {
        return CaseApprovals.touchedBy(approval, tasks, user);
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Check check, CurrentUser user) {
        long caseId = caseId(task);
        ReverificationItem item = followUp.latestItem(caseId).orElseThrow(
                () -> new ConflictException("error.noReverification"));
        approval.checkMayDecide(caseId, Tier.COUNTY, user);
        followUp.recordSpotCheck(item.runId(), caseId, check.confirmed(), check.note(), user);
        return Map.of();
    }
}
