package org.bangfu.funds;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Payment lines one unit's finance gathered to send to the bank as one file. */
public record PaymentBatch(long id, String batchNo, long unitId, BatchStatus status, int lineCount, BigDecimal total,
                           String gatheredBy, OffsetDateTime gatheredAt, String releasedBy,
                           OffsetDateTime releasedAt, String sentBy, OffsetDateTime sentAt, int exportCount,
                           OffsetDateTime settledAt) {
}
