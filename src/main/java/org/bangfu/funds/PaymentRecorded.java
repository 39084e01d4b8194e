package org.bangfu.funds;

import java.math.BigDecimal;

/**
 * A payment line was created (APPROVED), re-sent (APPROVED again) or cancelled; the audit trail records it. Bank
 * results arrive per batch: {@link BankResultImported}.
 */
public record PaymentRecorded(Long caseId, long unitId, BigDecimal amount, String idempotencyKey,
                              PaymentStatus status, String actor) {
}
