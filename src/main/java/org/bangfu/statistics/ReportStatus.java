package org.bangfu.statistics;

/** Where a unit's form for a period stands with its parent. */
public enum ReportStatus {
    NOT_SUBMITTED, SUBMITTED, RETURNED
}
