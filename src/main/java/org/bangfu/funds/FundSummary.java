package org.bangfu.funds;

import java.math.BigDecimal;

/** Totals of one unit, source and fund year for the dashboard: what arrived, went down, is held, was paid, is left. */
public record FundSummary(long unitId, String unitCode, String unitName, FundSource source, int fundYear,
                          BigDecimal allocated, BigDecimal passedDown, BigDecimal reserved, BigDecimal paid,
                          BigDecimal available) {
}
