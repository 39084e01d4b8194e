package org.bangfu.funds;

import java.math.BigDecimal;

/** A payment was recorded. */
public record PaymentRecorded(long caseId, long unitId, BigDecimal amount, String idempotencyKey) {
}
