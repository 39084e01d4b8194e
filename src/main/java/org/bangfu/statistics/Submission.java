package org.bangfu.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A submitted (locked) version of a unit's form for a period, and whether the parent returned it. */
public record Submission(long id, FormCode form, long unitId, LocalDate from, LocalDate to, int version,
                         ReportStatus status, String submittedBy, OffsetDateTime submittedAt, String returnedBy,
                         OffsetDateTime returnedAt, String returnReason) {
}
