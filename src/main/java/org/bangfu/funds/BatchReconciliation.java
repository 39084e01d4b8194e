package org.bangfu.funds;

import java.math.BigDecimal;

/**
 * Sent against paid against failed for one batch: counts and amounts. {@code difference} is what was sent and has
 * neither a paid nor a failed result; a settled batch with a difference, or a paid amount that differs from the
 * ledger's payments for the batch, is highlighted.
 */
public record BatchReconciliation(long batchId, String batchNo, BatchStatus status, int sentCount,
                                  BigDecimal sentAmount, int paidCount, BigDecimal paidAmount, int failedCount,
                                  BigDecimal failedAmount, BigDecimal ledgerPaid) {

    public BigDecimal difference() {
        return sentAmount.subtract(paidAmount).subtract(failedAmount);
    }

    public boolean agrees() {
        return paidAmount.compareTo(ledgerPaid) == 0
                && (status != BatchStatus.SETTLED || difference().signum() == 0);
    }
}
