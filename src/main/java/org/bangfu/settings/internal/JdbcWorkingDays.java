package org.bangfu.settings.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.bangfu.settings.CalendarDayChanged;
import org.bangfu.settings.WorkingDayCalendar;
import org.bangfu.settings.WorkingDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Working days from the calendar table, kept in memory: every user task asks for its due date, so a lookup must
 * not touch the database. Reloaded after each committed calendar change, and after {@link #MAX_AGE} in case
 * another instance of the application changed it.
 */
@Service
class JdbcWorkingDays implements WorkingDays {

    static final Duration MAX_AGE = Duration.ofMinutes(10);

    static final String LIST_EXCEPTIONS = """
            SELECT cal_date, working FROM work_calendar""";

    private record Snapshot(WorkingDayCalendar calendar, long loadedAtNanos) {
    }

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    JdbcWorkingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return calendar().isWorkingDay(day);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        return calendar().plusWorkingDays(from, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to);
    }

    /** After commit only, so a rolled-back change never reaches the cache. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(CalendarDayChanged changed) {
        reload();
    }

    private WorkingDayCalendar calendar() {
        Snapshot current = snapshot;
        return (isStale(current) ? refresh() : current).calendar();
    }

    private static boolean isStale(Snapshot current) {
        return current == null || System.nanoTime() - current.loadedAtNanos() > MAX_AGE.toNanos();
    }

    /** Threads that found the cache stale at once load it once. */
    private synchronized Snapshot refresh() {
        Snapshot current = snapshot;
        return isStale(current) ? reload() : current;
    }

    private synchronized Snapshot reload() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        jdbc.sql(LIST_EXCEPTIONS)
                .query(rs -> {
                    exceptions.put(rs.getObject(1, LocalDate.class), rs.getBoolean(2));
                });
        Snapshot loaded = new Snapshot(new WorkingDayCalendar(exceptions), System.nanoTime());
        snapshot = loaded;
        return loaded;
    }
}
