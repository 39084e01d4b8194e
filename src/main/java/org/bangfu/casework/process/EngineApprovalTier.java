package org.bangfu.casework.process;

import java.math.BigDecimal;

import org.bangfu.approval.ApprovalTierEvaluator;
import org.bangfu.approval.Tier;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Evaluates the latest deployed ApprovalTierDecision table: the highest tier an amount needs. */
@Component
class EngineApprovalTier implements ApprovalTierEvaluator {

    private final DecisionService decisions;

    EngineApprovalTier(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Tier requiredTier(BigDecimal amount, String grade) {
        String tier = decisions.evaluateDecisionTableByKey(ProcessIds.APPROVAL_TIER_DECISION)
                .variables(Variables.createVariables().putValue("amount", amount)
                        .putValue("grade", grade == null ? "" : grade))
                .evaluate().getSingleResult().getSingleEntry();
        return Tier.valueOf(tier);
    }
}
