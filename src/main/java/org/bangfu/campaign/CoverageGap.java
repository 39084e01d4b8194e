package org.bangfu.campaign;

/** An open deep-hardship file of the unit's subtree that is not a recipient; {@code reason} once one is recorded. */
public record CoverageGap(long caseId, String caseNo, String workerName, long unitId, String reason) {
}
