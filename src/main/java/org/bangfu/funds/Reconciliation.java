package org.bangfu.funds;

import java.math.BigDecimal;

/** An allocation whose columns differ from what its ledger entries add up to. */
public record Reconciliation(long allocationId, String column, BigDecimal table, BigDecimal ledger) {
}
