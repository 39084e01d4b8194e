package org.bangfu.funds;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One line of the append-only ledger. */
public record LedgerEntry(long id, LedgerEntryType type, long allocationId, FundSource source, long unitId,
                          Long caseId, String reference, BigDecimal amount, String actor, OffsetDateTime occurredAt,
                          String note) {
}
