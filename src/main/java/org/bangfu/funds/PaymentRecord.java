package org.bangfu.funds;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.bangfu.identification.AidType;

/**
 * One payment line to the worker's own account: for an aid request (purpose AID or EMERGENCY) or a gradual-exit
 * month. Its idempotency key is created with the approval, together with the reservation on {@code allocationId};
 * the paying unit is the unit whose allocation it draws on. A campaign recipient without a file has no {@code caseId};
 * {@code payeeUnitId} is the unit of the payee (the file's unit for a file).
 */
public record PaymentRecord(long id, Long caseId, String caseNo, Long aidRequestId, String purpose, AidType aidType,
                            String idempotencyKey, BigDecimal amount, String payeeName, String cardMasked,
                            FundSource fundSource, PaymentStatus status, OffsetDateTime recordedAt, Long payingUnitId,
                            Long allocationId, Integer fundYear, Long batchId, String failureReason,
                            OffsetDateTime paidAt, int attempts, Long payeeUnitId) {
}
