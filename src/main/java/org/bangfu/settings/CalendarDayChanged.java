package org.bangfu.settings;

import java.time.LocalDate;

/**
 * An exception day was added, changed or ({@code removed}) removed. For a removal, {@code working}, {@code name}
 * and {@code provisional} describe the day as it was.
 */
public record CalendarDayChanged(LocalDate date, boolean removed, boolean working, String name, boolean provisional,
                                 String changedBy) {
}
