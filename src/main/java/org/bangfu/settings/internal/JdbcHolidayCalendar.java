package org.bangfu.settings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.settings.CalendarDay;
import org.bangfu.settings.CalendarDayChanged;
import org.bangfu.settings.CalendarDayCommand;
import org.bangfu.settings.HolidayCalendar;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.TextInput;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcHolidayCalendar implements HolidayCalendar {

    static final int NAME_MAX = 50;
    static final String LIST_DAYS_BETWEEN = """
            SELECT cal_date, working, name, provisional, changed_by, changed_at FROM work_calendar
            WHERE cal_date BETWEEN :first AND :last ORDER BY cal_date""";
    static final String LIST_DATES = """
            SELECT cal_date FROM work_calendar ORDER BY cal_date""";
    static final String UPDATE_DAY = """
            UPDATE work_calendar SET working = :working, name = :name, provisional = :provisional,
              changed_by = :changedBy, changed_at = :changedAt
            WHERE cal_date = :date""";
    static final String INSERT_DAY = """
            INSERT INTO work_calendar (cal_date, working, name, provisional, changed_by, changed_at)
            VALUES (:date, :working, :name, :provisional, :changedBy, :changedAt)""";
    static final String DELETE_DAY = """
            DELETE FROM work_calendar WHERE cal_date = :date""";
    static final String FIND_DAY = """
            SELECT cal_date, working, name, provisional, changed_by, changed_at FROM work_calendar
            WHERE cal_date = :date""";

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcHolidayCalendar(JdbcClient jdbc, Jurisdiction jurisdiction, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarDay> days(int year) {
        return jdbc.sql(LIST_DAYS_BETWEEN)
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(JdbcHolidayCalendar::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.sql(LIST_DATES).query(LocalDate.class).list().stream()
                .map(LocalDate::getYear).distinct().toList();
    }

    @Override
    @Transactional
    public CalendarDay save(CalendarDayCommand command, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.ADMIN);
        String name = command.name() == null ? "" : command.name().trim();
        List<FieldError> errors = new ArrayList<>();
        if (command.date() == null) {
            errors.add(FieldError.of("date", "validation.required"));
        } else if (command.working() && !isWeekend(command.date())) {
            errors.add(FieldError.of("working", "error.calendarMakeUpOnWeekday"));
        }
        if (TextInput.firstForbidden(name) >= 0) {
            TextInput.checked(errors, "name", name);
        } else if (name.isEmpty()) {
            errors.add(FieldError.of("name", "validation.required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(FieldError.of("name", "validation.tooLong", NAME_MAX));
        }
        InvalidInputException.throwIfAny(errors);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = jdbc.sql(UPDATE_DAY)
                .param("working", command.working()).param("name", name).param("provisional", command.provisional())
                .param("changedBy", user.username()).param("changedAt", now).param("date", command.date())
                .update();
        if (changed == 0) {
            jdbc.sql(INSERT_DAY)
                    .param("date", command.date()).param("working", command.working()).param("name", name)
                    .param("provisional", command.provisional()).param("changedBy", user.username())
                    .param("changedAt", now)
                    .update();
        }
        events.publishEvent(new CalendarDayChanged(command.date(), false, command.working(), name,
                command.provisional(), user.username()));
        return new CalendarDay(command.date(), command.working(), name, command.provisional(), user.username(), now);
    }

    @Override
    @Transactional
    public void remove(LocalDate date, CurrentUser user) {
        jurisdiction.requireAnyRole(user, Role.ADMIN);
        CalendarDay day = find(date).orElseThrow(() -> new NotFoundException("error.calendarDayNotFound", String.valueOf(date)));
        jdbc.sql(DELETE_DAY).param("date", date).update();
        events.publishEvent(new CalendarDayChanged(date, true, day.working(), day.name(), day.provisional(),
                user.username()));
    }

    private Optional<CalendarDay> find(LocalDate date) {
        return date == null ? Optional.empty()
                : jdbc.sql(FIND_DAY).param("date", date)
                .query(JdbcHolidayCalendar::row).optional();
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    static CalendarDay row(ResultSet rs, int n) throws SQLException {
        return new CalendarDay(rs.getObject("cal_date", LocalDate.class), rs.getBoolean("working"),
                rs.getString("name"), rs.getBoolean("provisional"), rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class));
    }
}
