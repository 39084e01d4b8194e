package org.bangfu.approval.process;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.bangfu.approval.AidService;
import org.bangfu.identification.CaseTaskKind;
import org.bangfu.identification.CaseVariables;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 修改救助申请: a returned aid request resubmitted (amount, purpose in text) or withdrawn (reason in text). */
@Component
public class ReviseAidRequestTask extends CaseTaskKind<ReviseAidRequestTask.Revision> {

    public record Revision(boolean resubmit, BigDecimal amount, String text) {
    }

    private final AidService aid;

    ReviseAidRequestTask(AidService aid) {
        super("Task_ReviseAidRequest", "revise-aid", Revision.class);
        this.aid = aid;
    }

    @Override
    public Set<String> variables() {
        return Set.of(CaseVariables.CASE_ID, AidDecisionTask.AID_REQUEST_ID);
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Revision revision, CurrentUser user) {
        long requestId = task.longVariable(AidDecisionTask.AID_REQUEST_ID);
        if (revision.resubmit()) {
            aid.resubmit(requestId, revision.amount(), revision.text(), user);
        } else {
            aid.withdraw(requestId, revision.text(), user);
        }
        return Map.of("resubmitted", revision.resubmit());
    }
}
