package org.bangfu.funds;

import java.math.BigDecimal;

/** A bank result file was applied to a batch: how many lines the bank paid and refused, and the amount paid. */
public record BankResultImported(long batchId, String batchNo, long unitId, int paid, int failed,
                                 BigDecimal paidAmount, String actor) {
}
