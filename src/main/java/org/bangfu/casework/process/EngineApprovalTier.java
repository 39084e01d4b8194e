package org.bangfu.casework.process;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.bangfu.approval.ApprovalTierEvaluator;
import org.bangfu.approval.Tier;
import org.bangfu.workflow.DecisionTables;
import org.springframework.stereotype.Component;

/** Evaluates the latest deployed ApprovalTierDecision table: the highest tier an amount needs. */
@Component
class EngineApprovalTier implements ApprovalTierEvaluator {

    private final DecisionTables decisions;

    EngineApprovalTier(DecisionTables decisions) {
        this.decisions = decisions;
    }

    @Override
    public Tier requiredTier(BigDecimal amount, String grade) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("amount", amount);
        inputs.put("grade", grade == null ? "" : grade);
        return Tier.valueOf(decisions.evaluateLatest(ProcessIds.APPROVAL_TIER_DECISION, inputs).singleOutput());
    }
}
