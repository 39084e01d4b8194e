package org.bangfu.approval;

import java.math.BigDecimal;

/** The cap of one aid type for a file this year, what is already granted or pending, and what remains. */
public record AidCap(BigDecimal cap, BigDecimal granted, BigDecimal remaining) {
}
