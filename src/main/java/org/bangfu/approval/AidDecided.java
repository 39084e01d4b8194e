package org.bangfu.approval;

import java.math.BigDecimal;

/** An approver approved (with the amount) or rejected (with the reason) the aid of a case. */
public record AidDecided(long caseId, long unitId, boolean approved, BigDecimal amount, String reason,
                         String decidedBy) {
}
