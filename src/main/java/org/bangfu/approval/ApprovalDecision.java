package org.bangfu.approval;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

public record ApprovalDecision(long caseId, boolean approved, BigDecimal amount, String reason, String decidedBy,
                               OffsetDateTime decidedAt) {
}
