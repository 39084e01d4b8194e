package org.bangfu.approval;

import java.math.BigDecimal;

/** Port to the approval tier decision table; implemented by the process module on the engine's DMN. */
public interface ApprovalTierEvaluator {

    Tier requiredTier(BigDecimal amount, String grade);
}
