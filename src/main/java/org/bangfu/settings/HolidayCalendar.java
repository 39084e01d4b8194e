package org.bangfu.settings;

import java.time.LocalDate;
import java.util.List;

import org.bangfu.organization.CurrentUser;

/**
 * The exception days behind {@link WorkingDays}: statutory holidays on weekdays (and, for display, on weekends) and
 * make-up working days on weekends. Everyone may read them; only an administrator changes them. A change takes
 * effect for {@link WorkingDays} as soon as it is committed.
 */
public interface HolidayCalendar {

    /** The exception days of one year, in date order. */
    List<CalendarDay> days(int year);

    /** Years with at least one exception day, ascending. */
    List<Integer> years();

    /**
     * Adds the exception of a day, or changes it (administrator). Refuses, field by field, a missing date or name
     * and a make-up working day on a weekday (a weekday already works: remove its exception instead).
     */
    CalendarDay save(CalendarDayCommand command, CurrentUser user);

    /** Removes the exception of a day, which then follows the plain weekday rule again (administrator). */
    void remove(LocalDate date, CurrentUser user);
}
