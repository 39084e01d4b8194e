package org.bangfu.grading;

import java.math.BigDecimal;

/** One row of the 低保 settings: yuan per person per month for a division and year. */
public record LivingStandard(String divisionCode, int year, BigDecimal monthlyAmount) {
}
