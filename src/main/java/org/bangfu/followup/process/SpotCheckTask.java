package org.bangfu.followup.process;

import java.util.Map;

import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.CaseApprovalKind;
import org.bangfu.approval.Tier;
import org.bangfu.followup.FollowUpService;
import org.bangfu.followup.ReverificationItem;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.ConflictException;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 抽查: the county re-checks a sampled file of the yearly re-verification; nobody who touched the case may. */
@Component
public class SpotCheckTask extends CaseApprovalKind<SpotCheckTask.Check> {

    public record Check(boolean confirmed, String note) {
    }

    private final FollowUpService followUp;
    private final ApprovalService approval;

    SpotCheckTask(FollowUpService followUp, ApprovalService approval) {
        super("Task_SpotCheck", "spot-check", Check.class, approval);
        this.followUp = followUp;
        this.approval = approval;
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
