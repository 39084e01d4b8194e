package org.bangfu.statistics;

/** A child unit's form for the period as its parent sees it; {@code latest} is null when nothing was submitted. */
public record ChildStatus(long unitId, String unitCode, String unitName, ReportStatus status, Submission latest) {
}
