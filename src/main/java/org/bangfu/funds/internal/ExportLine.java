package org.bangfu.funds.internal;

import java.math.BigDecimal;

/** One payment instruction in an exported bank file. */
record ExportLine(int lineNo, String paymentKey, String accountNumber, String payeeName, BigDecimal amount,
                  String purpose, String batchNo) {
}
