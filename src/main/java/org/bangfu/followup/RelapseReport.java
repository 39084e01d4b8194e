package org.bangfu.followup;

import java.math.BigDecimal;

/** A relapse report on an exited household: its income now and what happened. */
public record RelapseReport(BigDecimal householdYearlyIncome, BigDecimal rigidExpenses, String situation) {
}
