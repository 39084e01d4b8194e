package org.bangfu.settings;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One exception day of the calendar: {@code working} false for a holiday, true for a make-up working day on a
 * weekend; {@code provisional} while the State Council has not yet published the year's schedule.
 */
public record CalendarDay(LocalDate date, boolean working, String name, boolean provisional, String changedBy,
                          OffsetDateTime changedAt) {
}
