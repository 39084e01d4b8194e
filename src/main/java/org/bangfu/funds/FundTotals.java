package org.bangfu.funds;

import java.math.BigDecimal;

/** What the fund dashboard's rows hold together: reserved, paid and still available. */
public record FundTotals(BigDecimal reserved, BigDecimal paid, BigDecimal available) {
}
