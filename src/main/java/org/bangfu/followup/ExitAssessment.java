package org.bangfu.followup;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An exit assessment and, once decided, the approver's decision and the gradual-exit terms; the route is null for
 * assessments made before routes were recorded and for CONTINUE.
 */
public record ExitAssessment(long id, long caseId, ExitOutcome outcome, boolean causesGone, int monthsAboveDibao,
                             String note, String assessedBy, OffsetDateTime assessedAt, BigDecimal formerMonthlyAid,
                             Integer gradualMonths, BigDecimal gradualMonthlyAid, int gradualPaidMonths,
                             String decision, String decidedBy, ExitRoute route) {
}
