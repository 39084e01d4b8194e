package org.bangfu.approval;

import java.math.BigDecimal;

/** An approver's decision on a case: approve with an amount, or reject with a reason. */
public record DecideCommand(long caseId, Boolean approve, BigDecimal amount, String reason) {
}
