package org.bangfu.followup;

import java.math.BigDecimal;

/** The approver's exit decision: approve with the gradual-exit months and monthly aid, or reject with a reason. */
public record ExitDecisionCommand(Boolean approve, Integer gradualMonths, BigDecimal monthlyAid, String reason) {
}
