package org.bangfu.funds;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

public record PaymentRecord(long caseId, String caseNo, String idempotencyKey, BigDecimal amount, String payeeName,
                            String cardMasked, FundSource fundSource, String status, OffsetDateTime recordedAt) {
}
