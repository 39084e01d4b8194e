package org.bangfu.settings;

import java.time.LocalDate;

/** What an administrator enters to add or change one exception day of the calendar. */
public record CalendarDayCommand(LocalDate date, boolean working, String name, boolean provisional) {
}
