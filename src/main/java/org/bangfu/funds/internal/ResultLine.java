package org.bangfu.funds.internal;

import java.math.BigDecimal;

/** One answer in a bank result file; {@code lineNo} is the physical line (the header is line 1). */
record ResultLine(int lineNo, String paymentKey, BigDecimal amount, boolean paid, String reason,
                  String bankReference) {
}
