package org.bangfu.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The working-day arithmetic over a fixed set of exception days, without a database: Monday to Friday work, Saturday
 * and Sunday are off, unless an exception says otherwise ({@code false}: a holiday, {@code true}: a make-up working
 * day). Immutable and thread-safe; {@code JdbcWorkingDays} keeps one loaded from the calendar table.
 */
public final class WorkingDayCalendar implements WorkingDays {

    private final NavigableMap<LocalDate, Boolean> exceptions;

    public WorkingDayCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = new TreeMap<>(exceptions);
    }

    /** Weekends off, no holidays. */
    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(Map.of());
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        Boolean exception = exceptions.get(day);
        return exception != null ? exception : isWeekday(day);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        // Weekdays by arithmetic, then only the exception days inside the range: fast over long ranges too.
        int count = weekdaysBetween(from, to);
        for (Map.Entry<LocalDate, Boolean> exception : exceptions.subMap(from, false, to, true).entrySet()) {
            boolean weekday = isWeekday(exception.getKey());
            if (weekday && !exception.getValue()) {
                count--;
            } else if (!weekday && exception.getValue()) {
                count++;
            }
        }
        return count;
    }

    /** Mondays to Fridays in {@code (from, to]}. */
    private static int weekdaysBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        long count = days / 7 * 5;
        LocalDate day = from.plusDays(days / 7 * 7);
        while (day.isBefore(to)) {
            day = day.plusDays(1);
            if (isWeekday(day)) {
                count++;
            }
        }
        return Math.toIntExact(count);
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }
}
