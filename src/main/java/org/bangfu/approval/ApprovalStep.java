package org.bangfu.approval;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One decision of one tier on a file or an aid request. */
public record ApprovalStep(long id, Subject subject, long subjectId, long caseId, Tier tier, long unitId,
                           Outcome outcome, BigDecimal amount, String reason, String decidedBy,
                           OffsetDateTime decidedAt) {
}
