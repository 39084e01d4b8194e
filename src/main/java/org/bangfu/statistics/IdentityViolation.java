package org.bangfu.statistics;

import java.math.BigDecimal;

/** An identity that does not hold: the total's value and the sum of its parts. */
public record IdentityViolation(Identity identity, BigDecimal totalValue, BigDecimal partsValue) {
}
