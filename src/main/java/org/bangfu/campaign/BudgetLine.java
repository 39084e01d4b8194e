package org.bangfu.campaign;

import java.math.BigDecimal;

import org.bangfu.funds.FundSource;

/** The campaign budget handed to one participating unit from one fund source. */
public record BudgetLine(Long unitId, FundSource source, BigDecimal amount) {
}
