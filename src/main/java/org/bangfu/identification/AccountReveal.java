package org.bangfu.identification;

import java.time.OffsetDateTime;

/** Someone saw the full account number of a case: who, when and why. */
public record AccountReveal(long id, long caseId, String revealedBy, String reason, OffsetDateTime revealedAt) {
}
