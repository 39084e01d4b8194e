package org.bangfu.approval;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.bangfu.identification.AidType;

/** A request for aid and where it stands; {@code requiredTier} is the highest tier that must approve it. */
public record AidRequest(long id, long caseId, AidType aidType, BigDecimal amount, int year, BigDecimal outOfPocket,
                         SchoolLevel schoolLevel, String purpose, boolean emergency, AidStatus status,
                         Tier requiredTier, String requestedBy, OffsetDateTime requestedAt) {
}
