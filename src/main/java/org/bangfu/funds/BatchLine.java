package org.bangfu.funds;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One payment in one batch, with the bank's result once imported. The account is shown masked only. */
public record BatchLine(long id, long batchId, int lineNo, long paymentId, String paymentKey, String caseNo,
                        BigDecimal amount, String payeeName, String accountMasked, LineResult result,
                        String resultReason, String bankReference, OffsetDateTime resultAt) {

    /** The bank's answer for a line. */
    public enum LineResult {
        PENDING, PAID, FAILED
    }
}
