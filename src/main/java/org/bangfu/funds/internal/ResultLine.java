package org.bangfu.funds.internal;

import java.math.BigDecimal;

/**
 * One line of a bank result file. {@code lineNo} is the physical line in the file (the header is line 1), so error
 * messages point where the officer looks; the amount always has scale 2; reason and bank reference are null when empty.
 */
record ResultLine(int lineNo, String paymentKey, BigDecimal amount, boolean paid, String reason,
                  String bankReference) {
}
