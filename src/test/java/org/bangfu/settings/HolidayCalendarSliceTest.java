package org.bangfu.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.bangfu.ModuleSliceTest;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.NotFoundException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The seeded calendar table behind {@link WorkingDays}, and the administrator's edits of it. */
@ModuleSliceTest(extraIncludes = {"organization", "shared"})
@RecordApplicationEvents
class HolidayCalendarSliceTest {

    /** A Wednesday far from the seeded years, so that a failed clean-up cannot disturb other tests. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2031, 3, 12);

    @Autowired WorkingDays workingDays;
    @Autowired HolidayCalendar calendar;
    @Autowired ApplicationEvents events;
    @Autowired OrganizationService organization;

    private CurrentUser user(String username) {
        return organization.user(username).orElseThrow();
    }

    @Test
    void theSeededSchedulesFeedTheWorkingDays() {
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2025, 9, 30), 3)).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)))
                .as("working days in 2025: 261 weekdays - 18 weekday holidays + 5 make-up days").isEqualTo(248);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)))
                .as("working days in 2026: 261 weekdays - 19 weekday holidays + 6 make-up days").isEqualTo(248);
    }

    @Test
    void the2027ScheduleIsProvisionalAndTheEarlierOnesAreNot() {
        assertThat(calendar.years()).contains(2025, 2026, 2027);
        assertThat(calendar.days(2027)).isNotEmpty().allMatch(CalendarDay::provisional);
        assertThat(calendar.days(2026)).noneMatch(CalendarDay::provisional);
        assertThat(calendar.days(2026)).extracting(CalendarDay::date).isSorted();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 2, 5))).as("除夕 2027").isFalse();
    }

    @Test
    void anAdministratorsEditChangesTheWorkingDaysAtOnce() {
        LocalDate tuesday = WEDNESDAY.minusDays(1);
        LocalDate saturday = WEDNESDAY.plusDays(3);
        assertThat(workingDays.plusWorkingDays(tuesday, 1)).isEqualTo(WEDNESDAY);
        try {
            calendar.save(new CalendarDayCommand(WEDNESDAY, false, "测试假日", false), user("admin"));
            assertThat(workingDays.isWorkingDay(WEDNESDAY)).isFalse();
            assertThat(workingDays.plusWorkingDays(tuesday, 3)).isEqualTo(WEDNESDAY.plusDays(5));

            calendar.save(new CalendarDayCommand(saturday, true, "测试调休", true), user("admin"));
            assertThat(workingDays.plusWorkingDays(tuesday, 3)).isEqualTo(saturday);
            assertThat(calendar.days(2031)).extracting(CalendarDay::date, CalendarDay::working, CalendarDay::changedBy)
                    .containsExactly(Tuple.tuple(WEDNESDAY, false, "admin"),
                            Tuple.tuple(saturday, true, "admin"));

            calendar.save(new CalendarDayCommand(WEDNESDAY, false, "改名的假日", false), user("admin"));
            assertThat(calendar.days(2031)).extracting(CalendarDay::name).containsExactly("改名的假日", "测试调休");

            calendar.remove(WEDNESDAY, user("admin"));
            assertThat(workingDays.isWorkingDay(WEDNESDAY)).isTrue();
            assertThat(events.stream(CalendarDayChanged.class).filter(e -> e.date().getYear() == 2031))
                    .extracting(CalendarDayChanged::removed).containsExactly(false, false, false, true);
        } finally {
            calendar.days(2031).forEach(day -> calendar.remove(day.date(), user("admin")));
        }
        assertThat(workingDays.plusWorkingDays(tuesday, 3)).as("back to plain weekdays").isEqualTo(WEDNESDAY.plusDays(2));
    }

    @Test
    void onlyAnAdministratorChangesTheCalendar() {
        assertThatThrownBy(() -> calendar.save(new CalendarDayCommand(WEDNESDAY, false, "x", false), user("analyst")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> calendar.remove(LocalDate.of(2026, 2, 16), user("cw_canyin")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(workingDays.isWorkingDay(WEDNESDAY)).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayAndAMissingNameAreRefusedFieldByField() {
        assertThatThrownBy(() -> calendar.save(new CalendarDayCommand(WEDNESDAY, true, " ", false), user("admin")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(Tuple.tuple("working", "error.calendarMakeUpOnWeekday"),
                                Tuple.tuple("name", "validation.required")));
        assertThat(calendar.days(2031)).isEmpty();
        assertThatThrownBy(() -> calendar.remove(WEDNESDAY, user("admin"))).isInstanceOf(NotFoundException.class);
    }
}
