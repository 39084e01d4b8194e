package org.bangfu.funds.internal;

import java.math.BigDecimal;

/** One line of a bank file: the full account number, only ever in the file itself. */
record ExportLine(int lineNo, String paymentKey, String accountNumber, String payeeName, BigDecimal amount,
                  String purpose, String batchNo) {
}
