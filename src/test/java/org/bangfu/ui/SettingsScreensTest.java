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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

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
        var grid = Widgets.find(view, Grid.class, "settings-grid");
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(35);
        Widgets.find(view, TextField.class, "settings-filter").setValue("visit.intervalMonths.RELATIVE");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(String.join(" ", GridKt._getFormattedRow(grid, 0)))
                .contains("入户走访间隔：相对困难", "000000 全国（默认）", "3 个月");
        assertThat(String.join(" ", GridKt._getFormattedRow(grid, 1))).contains("410100", "2026-01-01", "2 个月");
    }

    @Test
    void theAddVersionFormShowsEachErrorBesideItsFieldAndSavesNothing() {
        login("analyst");
        long before = settingRows();
        RuleSettingsView view = UI.getCurrent().navigate(RuleSettingsView.class).orElseThrow();
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        var key = Widgets.find(view, ComboBox.class, "settings-key");
        key.setValue(SettingKeys.NOTICE_WORKING_DAYS);
        var value = Widgets.find(view, BigDecimalField.class, "settings-value");
        assertThat(value.getHelperText()).isEqualTo("允许范围：5 个工作日 至 30 个工作日");
        var divisionCode = Widgets.find(view, TextField.class, "settings-divisionCode");
        divisionCode.setValue("410000");
        var effectiveFrom = Widgets.find(view, DatePicker.class, "settings-effectiveFrom");
        effectiveFrom.setValue(yesterday);
        value.setValue(new BigDecimal("3"));
        _click(_get(Button.class, spec -> spec.withId("settings-add")));

        assertThat(key.isInvalid()).isFalse();
        assertThat(divisionCode.isInvalid()).isFalse();
        assertThat(effectiveFrom.isInvalid()).isTrue();
        assertThat(effectiveFrom.getErrorMessage()).isEqualTo("生效日期不能早于今天（" + yesterday.plusDays(1) + "）");
        assertThat(value.getErrorMessage()).isEqualTo("应在 5 至 30 之间");
        assertThat(settingRows()).isEqualTo(before);
    }

    @Test
    void anAnalystAddsAVersionThatShowsAsPlanned() {
        login("analyst");
        RuleSettingsView view = UI.getCurrent().navigate(RuleSettingsView.class).orElseThrow();
        var grid = Widgets.find(view, Grid.class, "settings-grid");
        var value = Widgets.find(view, BigDecimalField.class, "settings-value");
        try {
            Widgets.find(view, ComboBox.class, "settings-key").setValue(SettingKeys.CAP_TRAINING_MAX);
            Widgets.find(view, TextField.class, "settings-divisionCode").setValue("410100");
            Widgets.find(view, DatePicker.class, "settings-effectiveFrom").setValue(LocalDate.of(2091, 1, 1));
            value.setValue(new BigDecimal("3500"));
            _click(Widgets.find(view, Button.class, "settings-add"));
            assertThat(value.isInvalid()).isFalse();
            Widgets.find(view, TextField.class, "settings-filter").setValue("cap.training");
            assertThat(GridKt._size(grid)).isEqualTo(2);
            assertThat(String.join(" ", GridKt._getFormattedRow(grid, 0))).contains("全国（默认）", "现行");
            assertThat(String.join(" ", GridKt._getFormattedRow(grid, 1)))
                    .contains("410100", "2091-01-01", "3,500.00 元", "待生效", "周婷");
        } finally {
            jdbc.sql("DELETE FROM rule_setting WHERE effective_from = ?").param(LocalDate.of(2091, 1, 1)).update();
        }
    }

    @Test
    void anAdministratorAddsAHolidayAndTheCalculatorCountsIt() {
        login("admin");
        WorkCalendarView view = UI.getCurrent().navigate(WorkCalendarView.class).orElseThrow();
        var after = Widgets.find(view, Paragraph.class, "calendar-after");
        try {
            Widgets.find(view, DatePicker.class, "calendar-date").setValue(THURSDAY);
            Widgets.find(view, RadioButtonGroup.class, "calendar-working").setValue(Boolean.FALSE);
            Widgets.find(view, TextField.class, "calendar-name").setValue("测试假日");
            _click(Widgets.find(view, Button.class, "calendar-save"));

            assertThat(Widgets.find(view, Select.class, "calendar-year").getValue()).isEqualTo(2031);
            @SuppressWarnings("unchecked")
            Grid<org.bangfu.settings.CalendarDay> grid = _get(Grid.class, spec -> spec.withId("calendar-grid"));
            assertThat(String.join(" ", GridKt._getFormattedRow(grid, 0)))
                    .contains("2031-05-22", "星期四", "放假", "测试假日", "系统管理员");
            assertThat(Widgets.find(view, Paragraph.class, "calendar-warning").isVisible()).isFalse();
            Widgets.find(view, DatePicker.class, "calendar-from").setValue(THURSDAY.minusDays(1));
            Widgets.find(view, IntegerField.class, "calendar-n").setValue(1);
            assertThat(after.getText()).isEqualTo("2031-05-21 星期三 之后第 1 个工作日：2031-05-23 星期五");
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
        var days = Widgets.find(view, IntegerField.class, "calendar-n");
        assertThat(days.getValue()).as("the notice period setting").isEqualTo(5);
        Widgets.find(view, DatePicker.class, "calendar-from").setValue(LocalDate.of(2026, 2, 13));
        var after = Widgets.find(view, Paragraph.class, "calendar-after");
        assertThat(after.getText()).isEqualTo("2026-02-13 星期五 之后第 5 个工作日：2026-02-27 星期五");
        Widgets.find(view, DatePicker.class, "calendar-to").setValue(LocalDate.of(2026, 2, 28));
        var between = Widgets.find(view, Paragraph.class, "calendar-between");
        assertThat(between.getText()).isEqualTo("2026-02-13 星期五 之后至 2026-02-28 星期六（含）共 6 个工作日");
        Widgets.find(view, Select.class, "calendar-year").setValue(2027);
        var warning = Widgets.find(view, Paragraph.class, "calendar-warning");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).startsWith("2027 年的放假安排为暂定");
    }

    @Test
    void aMakeUpDayOnAWeekdayIsMarkedOnTheKindField() {
        login("admin");
        WorkCalendarView view = UI.getCurrent().navigate(WorkCalendarView.class).orElseThrow();
        Widgets.find(view, DatePicker.class, "calendar-date").setValue(THURSDAY);
        var working = Widgets.find(view, RadioButtonGroup.class, "calendar-working");
        working.setValue(Boolean.TRUE);
        var name = Widgets.find(view, TextField.class, "calendar-name");
        name.setValue("");
        _click(Widgets.find(view, Button.class, "calendar-save"));
        assertThat(working.isInvalid()).isTrue();
        assertThat(working.getErrorMessage()).isEqualTo("周一至周五本来就是工作日，只有周六、周日可设为调休上班日");
        assertThat(name.getErrorMessage()).isEqualTo("必填");
        assertThat(calendar.days(2031)).isEmpty();
    }
}
