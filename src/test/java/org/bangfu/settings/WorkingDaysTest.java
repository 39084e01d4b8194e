package org.bangfu.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The working-day arithmetic on the official 2025 National Day and 2026 Spring Festival schedules. */
class WorkingDaysTest {

    private static final Map<LocalDate, Boolean> SCHEDULE = new HashMap<>();

    static {
        // 2025 国庆节、中秋节: 10/1–10/8 off, make-up working days Sunday 9/28 and Saturday 10/11.
        holidays(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8));
        SCHEDULE.put(LocalDate.of(2025, 9, 28), true);
        SCHEDULE.put(LocalDate.of(2025, 10, 11), true);
        // 2026 春节: 2/15–2/23 off, make-up working days Saturday 2/14 and Saturday 2/28.
        holidays(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23));
        SCHEDULE.put(LocalDate.of(2026, 2, 14), true);
        SCHEDULE.put(LocalDate.of(2026, 2, 28), true);
    }

    private static void holidays(LocalDate first, LocalDate last) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            SCHEDULE.put(day, false);
        }
    }

    private final WorkingDays calendar = new WorkingDayCalendar(SCHEDULE);

    @Test
    void fiveWorkingDaysAfterTheFridayBeforeSpringFestivalEndOnTheFridayAfterIt() {
        LocalDate friday = LocalDate.of(2026, 2, 13);
        assertThat(calendar.plusWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 2, 14)); // make-up Saturday
        assertThat(calendar.plusWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2026, 2, 24)); // first day back
        assertThat(calendar.plusWorkingDays(friday, 5)).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2026, 2, 23))).isEqualTo(1);
    }

    @Test
    void theMakeUpSaturdayAfterSpringFestivalCountsAndTheHolidayMondayDoesNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 27), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 27), 2)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void nationalDayWeekIsSkippedAndItsMakeUpDaysCount() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 26), 1)).isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 3)).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 4)).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 12)))
                .isEqualTo(6); // 9/28, 9/29, 9/30, 10/9, 10/10, 10/11
    }

    @Test
    void anOrdinaryWeekSkipsOnlyTheWeekend() {
        LocalDate wednesday = LocalDate.of(2025, 3, 5);
        assertThat(calendar.plusWorkingDays(wednesday, 5)).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 3, 7), 1)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 3, 8), 1)).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(calendar.workingDaysBetween(wednesday, LocalDate.of(2025, 3, 12))).isEqualTo(5);
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 9))).isFalse();
    }

    @Test
    void zeroWorkingDaysIsTheStartDayEvenOnAHoliday() {
        LocalDate holiday = LocalDate.of(2026, 2, 16);
        assertThat(calendar.plusWorkingDays(holiday, 0)).isEqualTo(holiday);
        assertThat(calendar.workingDaysBetween(holiday, holiday)).isZero();
        assertThat(calendar.workingDaysBetween(holiday, holiday.minusDays(10))).isZero();
        assertThatThrownBy(() -> calendar.plusWorkingDays(holiday, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenUndoesPlusWorkingDaysOnEveryDayAroundBothHolidays() {
        for (LocalDate from = LocalDate.of(2025, 9, 1); from.isBefore(LocalDate.of(2026, 4, 1)); from = from.plusDays(1)) {
            for (int n = 0; n <= 25; n++) {
                LocalDate due = calendar.plusWorkingDays(from, n);
                assertThat(calendar.workingDaysBetween(from, due)).as("%s + %d", from, n).isEqualTo(n);
                if (n > 0) {
                    assertThat(calendar.isWorkingDay(due)).as("%s + %d is a working day", from, n).isTrue();
                }
            }
        }
    }

    @Test
    void workingDaysBetweenOverLongRangesAgreesWithCountingDayByDay() {
        LocalDate from = LocalDate.of(2025, 8, 30);
        for (LocalDate to = from; to.isBefore(LocalDate.of(2026, 6, 1)); to = to.plusDays(1)) {
            int counted = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                counted += calendar.isWorkingDay(day) ? 1 : 0;
            }
            assertThat(calendar.workingDaysBetween(from, to)).as("to %s", to).isEqualTo(counted);
        }
    }

    @Test
    void anExtraHolidayMovesTheDueDate() {
        Map<LocalDate, Boolean> edited = new HashMap<>(SCHEDULE);
        edited.put(LocalDate.of(2026, 2, 25), false);
        WorkingDays withExtraHoliday = new WorkingDayCalendar(edited);
        assertThat(withExtraHoliday.plusWorkingDays(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(WorkingDayCalendar.weekendsOnly().plusWorkingDays(LocalDate.of(2026, 2, 13), 5))
                .isEqualTo(LocalDate.of(2026, 2, 20));
    }
}
