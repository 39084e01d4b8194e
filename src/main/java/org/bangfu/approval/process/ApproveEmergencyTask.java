package org.bangfu.approval.process;

import java.util.Map;

import org.bangfu.approval.AidService;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 审批先行救助: emergency relief is granted or refused, never returned (the family cannot wait for a round). */
@Component
public class ApproveEmergencyTask extends AidDecisionTask {

    ApproveEmergencyTask(AidService aid) {
        super("Task_ApproveEmergency", aid);
    }

    @Override
    public Map<String, Object> complete(OpenTask task, DecisionCommand decision, CurrentUser user) {
        if (decision != null && decision.outcome() == Outcome.RETURNED) {
            throw new InvalidInputException(FieldError.of("decision", "validation.emergency.noReturn"));
        }
        return super.complete(task, decision, user);
    }
}
