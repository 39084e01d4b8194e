package org.bangfu.statistics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A record behind a computed number: a payment (key, case number), a campaign recipient (its name), an exit
 * (case number, outcome and route) or a ledger entry (fund source); amounts in yuan.
 */
public record DrillRecord(String kind, String key, String name, String unitName, BigDecimal amount,
                          OffsetDateTime at) {
}
