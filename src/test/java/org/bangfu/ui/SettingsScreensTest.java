package org.bangfu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.bangfu.workflow.ui.InboxView;
import org.bangfu.settings.HolidayCalendar;
import org.bangfu.settings.SettingKeys;
import org.bangfu.settings.WorkingDays;
import org.bangfu.settings.ui.RuleSettingsView;
import org.bangfu.settings.ui.WorkCalendarView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

class SettingsScreensTest extends UiTest {

    /** A Thursday far from the seeded years. */
    private static final LocalDate THURSDAY = LocalDate.of(2031, 5, 22);

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired HolidayCalendar calendar;
    @Autowired WorkingDays workingDays;

    private List<String> menu() {
        UI.getCurrent().navigate(InboxView.class);
        return _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream().map(SideNavItem::getLabel)
                .toList();
    }

    private long settingRows() {
        return jdbc.sql("SELECT COUNT(*) FROM rule_setting").query(Long.class).single();
    }

    @Test
    void rulesSettingsAreInTheMenuOfAnalystsAdministratorsAndAuditorsAndTheCalendarInEveryones() {
        login("analyst");
        assertThat(menu()).contains("规则设置", "工作日历");
        login("admin");
        assertThat(menu()).contains("规则设置", "工作日历");
        login("auditor_zhengzhou");
        assertThat(menu()).contains("规则设置", "工作日历");
        login("cw_canyin");
        assertThat(menu()).contains("工作日历").doesNotContain("规则设置");
        assertThatThrownBy(() -> UI.getCurrent().navigate(RuleSettingsView.class))
                .hasMessageContaining("Access is denied");
    }

    @Test
    void anAuditorSeesEveryVersionButNoForm() {
        login("auditor_zhengzhou");
        RuleSettingsView view = UI.getCurrent().navigate(RuleSettingsView.class).orElseThrow();
        _assertNone(Button.class, spec -> spec.withId("settings-add"));
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(35);
        view.filter.setValue("visit.intervalMonths.RELATIVE");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0)))
                .contains("入户走访间隔：相对困难", "000000 全国（默认）", "3 个月");
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 1))).contains("410100", "2026-01-01", "2 个月");
    }

    @Test
    void theAddVersionFormShowsEachErrorBesideItsFieldAndSavesNothing() {
        login("analyst");
        long before = settingRows();
        RuleSettingsView view = UI.getCurrent().navigate(RuleSettingsView.class).orElseThrow();
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        view.key.setValue(SettingKeys.NOTICE_WORKING_DAYS);
        assertThat(view.value.getHelperText()).isEqualTo("允许范围：5 个工作日 至 30 个工作日");
        view.divisionCode.setValue("410000");
        view.effectiveFrom.setValue(yesterday);
        view.value.setValue(new BigDecimal("3"));
        _click(_get(Button.class, spec -> spec.withId("settings-add")));

        assertThat(view.key.isInvalid()).isFalse();
        assertThat(view.divisionCode.isInvalid()).isFalse();
        assertThat(view.effectiveFrom.isInvalid()).isTrue();
        assertThat(view.effectiveFrom.getErrorMessage()).isEqualTo("生效日期不能早于今天（" + yesterday.plusDays(1) + "）");
        assertThat(view.value.getErrorMessage()).isEqualTo("应在 5 至 30 之间");
        assertThat(settingRows()).isEqualTo(before);
    }

    @Test
    void anAnalystAddsAVersionThatShowsAsPlanned() {
        login("analyst");
        RuleSettingsView view = UI.getCurrent().navigate(RuleSettingsView.class).orElseThrow();
        try {
            view.key.setValue(SettingKeys.CAP_TRAINING_MAX);
            view.divisionCode.setValue("410100");
            view.effectiveFrom.setValue(LocalDate.of(2091, 1, 1));
            view.value.setValue(new BigDecimal("3500"));
            _click(view.add);
            assertThat(view.value.isInvalid()).isFalse();
            view.filter.setValue("cap.training");
            assertThat(GridKt._size(view.grid)).isEqualTo(2);
            assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains("全国（默认）", "现行");
            assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 1)))
                    .contains("410100", "2091-01-01", "3,500.00 元", "待生效", "analyst");
        } finally {
            jdbc.sql("DELETE FROM rule_setting WHERE effective_from = ?").param(LocalDate.of(2091, 1, 1)).update();
        }
    }

    @Test
    void anAdministratorAddsAHolidayAndTheCalculatorCountsIt() {
        login("admin");
        WorkCalendarView view = UI.getCurrent().navigate(WorkCalendarView.class).orElseThrow();
        try {
            view.date.setValue(THURSDAY);
            view.working.setValue(Boolean.FALSE);
            view.name.setValue("测试假日");
            _click(view.save);

            assertThat(view.year.getValue()).isEqualTo(2031);
            @SuppressWarnings("unchecked")
            Grid<org.bangfu.settings.CalendarDay> grid = _get(Grid.class, spec -> spec.withId("calendar-grid"));
            assertThat(String.join(" ", GridKt._getFormattedRow(grid, 0)))
                    .contains("2031-05-22", "星期四", "放假", "测试假日", "admin");
            assertThat(view.warning.isVisible()).isFalse();
            view.from.setValue(THURSDAY.minusDays(1));
            view.days.setValue(1);
            assertThat(view.after.getText()).isEqualTo("2031-05-21 星期三 之后第 1 个工作日：2031-05-23 星期五");
            assertThat(workingDays.isWorkingDay(THURSDAY)).isFalse();
        } finally {
            calendar.days(2031).forEach(day -> calendar.remove(day.date(), user("admin")));
        }
    }

    @Test
    void aCaseWorkerChecksANoticePeriodOverSpringFestivalButCannotEditTheCalendar() {
        login("cw_canyin");
        WorkCalendarView view = UI.getCurrent().navigate(WorkCalendarView.class).orElseThrow();
        _assertNone(Button.class, spec -> spec.withId("calendar-save"));
        assertThat(view.days.getValue()).as("the notice period setting").isEqualTo(5);
        view.from.setValue(LocalDate.of(2026, 2, 13));
        assertThat(view.after.getText()).isEqualTo("2026-02-13 星期五 之后第 5 个工作日：2026-02-27 星期五");
        view.to.setValue(LocalDate.of(2026, 2, 28));
        assertThat(view.between.getText()).isEqualTo("2026-02-13 星期五 之后至 2026-02-28 星期六（含）共 6 个工作日");
        view.year.setValue(2027);
        assertThat(view.warning.isVisible()).isTrue();
        assertThat(view.warning.getText()).startsWith("2027 年的放假安排为暂定");
    }

    @Test
    void aMakeUpDayOnAWeekdayIsMarkedOnTheKindField() {
        login("admin");
        WorkCalendarView view = UI.getCurrent().navigate(WorkCalendarView.class).orElseThrow();
        view.date.setValue(THURSDAY);
        view.working.setValue(Boolean.TRUE);
        view.name.setValue("");
        _click(view.save);
        assertThat(view.working.isInvalid()).isTrue();
        assertThat(view.working.getErrorMessage()).isEqualTo("周一至周五本来就是工作日，只有周六、周日可设为调休上班日");
        assertThat(view.name.getErrorMessage()).isEqualTo("必填");
        assertThat(calendar.days(2031)).isEmpty();
    }
}
