package org.bangfu.approval;

import java.math.BigDecimal;

import org.bangfu.identification.AidType;

/**
 * A request for aid on an open file. Medical aid needs the out-of-pocket cost, education aid the school level;
 * the purpose says what the money is for.
 */
public record AidRequestCommand(long caseId, AidType aidType, BigDecimal amount, BigDecimal outOfPocket,
                                SchoolLevel schoolLevel, String purpose) {
}
