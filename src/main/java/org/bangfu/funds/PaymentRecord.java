package org.bangfu.funds;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.bangfu.identification.AidType;

/** One payment to the worker's own card: for an aid request (purpose AID or EMERGENCY) or a gradual-exit month. */
public record PaymentRecord(long id, long caseId, String caseNo, Long aidRequestId, String purpose, AidType aidType,
                            String idempotencyKey, BigDecimal amount, String payeeName, String cardMasked,
                            FundSource fundSource, String status, OffsetDateTime recordedAt) {
}
