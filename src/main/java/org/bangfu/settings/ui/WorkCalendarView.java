package org.bangfu.settings.ui;

import org.bangfu.organization.People;
import org.bangfu.shell.ui.Persons;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import jakarta.annotation.security.PermitAll;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.settings.CalendarDay;
import org.bangfu.settings.CalendarDayCommand;
import org.bangfu.settings.HolidayCalendar;
import org.bangfu.settings.RuleSettings;
import org.bangfu.settings.SettingCatalog;
import org.bangfu.settings.SettingKeys;
import org.bangfu.settings.WorkingDays;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shell.FieldErrors;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * The working calendar (工作日历): the holidays and make-up working days of a year, a calculator for notice periods
 * and deadlines, and for administrators the form to add, change or remove a day.
 */
@Route("calendar")
@Menu(order = 50, title = "menu.calendar")
@PermitAll
public class WorkCalendarView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_DAYS = 1000;

    private final Select<Integer> year = new Select<>();
    private final Paragraph warning = new Paragraph();
    private final Grid<CalendarDay> grid = new Grid<>();
    private final People people;
    private final DatePicker date = new DatePicker();
    private final RadioButtonGroup<Boolean> working = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final Checkbox provisional = new Checkbox();
    private final Button save = new Button();
    private final Button remove = new Button();
    private final DatePicker from = new DatePicker();
    private final IntegerField days = new IntegerField();
    private final DatePicker to = new DatePicker();
    private final Paragraph after = new Paragraph();
    private final Paragraph between = new Paragraph();
    private final FieldErrors fields = new FieldErrors(this).showBeside(NotFoundException.class, "date");

    private final HolidayCalendar calendar;
    private final WorkingDays workingDays;
    private final CurrentUser user;
    private final SettingTexts texts;

    public WorkCalendarView(HolidayCalendar calendar, WorkingDays workingDays, RuleSettings settings,
                            SettingCatalog catalog, CurrentUsers users, Clock clock, People people) {
        this.people = people;
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.user = users.require();
        this.texts = new SettingTexts(this, catalog);
        LocalDate today = LocalDate.now(clock);
        add(new H2(getTranslation("settings.calendar.title")), new Paragraph(getTranslation("settings.calendar.help")));
        add(calculator(today, settings.find(SettingKeys.NOTICE_WORKING_DAYS, user.unit().divisionCode(), today)
                .map(java.math.BigDecimal::intValue).orElse(5)));
        year.setId("calendar-year");
        year.setLabel(getTranslation("settings.calendar.year"));
        TreeSet<Integer> years = new TreeSet<>(calendar.years());
        years.add(today.getYear());
        years.add(today.getYear() + 1);
        year.setItems(List.copyOf(years));
        year.setValue(today.getYear());
        year.addValueChangeListener(change -> refresh());
        warning.setId("calendar-warning");
        warning.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new H3(getTranslation("settings.calendar.days")), year, warning, grid());
        if (user.hasRole(Role.ADMIN)) {
            add(new H3(getTranslation("settings.calendar.edit")), form());
        }
        refresh();
    }

    private HorizontalLayout calculator(LocalDate today, int noticeDays) {
        from.setId("calendar-from");
        from.setLabel(getTranslation("settings.calendar.from"));
        from.setValue(today);
        days.setId("calendar-n");
        days.setLabel(getTranslation("settings.calendar.n"));
        days.setValue(noticeDays);
        to.setId("calendar-to");
        to.setLabel(getTranslation("settings.calendar.to"));
        after.setId("calendar-after");
        between.setId("calendar-between");
        from.addValueChangeListener(change -> calculate());
        days.addValueChangeListener(change -> calculate());
        to.addValueChangeListener(change -> calculate());
        calculate();
        VerticalLayout results = new VerticalLayout(after, between);
        results.setPadding(false);
        results.setSpacing(false);
        HorizontalLayout row = new HorizontalLayout(from, days, to, results);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    /** The n-th working day after the start, and the working days from the start (not counted) to the end. */
    void calculate() {
        LocalDate start = from.getValue();
        Integer n = days.getValue();
        after.setText(start == null || n == null || n < 0 || n > MAX_DAYS ? ""
                : getTranslation("settings.calendar.after", texts.day(start), n,
                texts.day(workingDays.plusWorkingDays(start, n))));
        LocalDate end = to.getValue();
        between.setText(start == null || end == null ? ""
                : getTranslation("settings.calendar.between", texts.day(start), texts.day(end),
                workingDays.workingDaysBetween(start, end)));
    }

    private Grid<CalendarDay> grid() {
        grid.setId("calendar-grid");
        grid.setEmptyStateText(getTranslation("empty.calendar-grid"));
        grid.addColumn(CalendarDay::date).setHeader(getTranslation("settings.calendar.date")).setAutoWidth(true);
        grid.addColumn(d -> texts.weekday(d.date())).setHeader(getTranslation("settings.calendar.weekday"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.working() ? "settings.calendar.makeUp" : "settings.calendar.holiday"))
                .setHeader(getTranslation("settings.calendar.kind")).setAutoWidth(true);
        grid.addColumn(CalendarDay::name).setHeader(getTranslation("settings.calendar.name")).setAutoWidth(true);
        grid.addColumn(d -> d.provisional() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("settings.calendar.provisional")).setAutoWidth(true);
        grid.addColumn(d -> Persons.name(this, people, d.changedBy()))
                .setHeader(getTranslation("settings.calendar.changedBy")).setTooltipGenerator(d -> Persons.login(d.changedBy()));
        grid.addColumn(d -> Formats.dateTime(d.changedAt())).setHeader(getTranslation("settings.calendar.changedAt"))
                .setAutoWidth(true);
        grid.addItemClickListener(click -> edit(click.getItem()));
        return grid;
    }

    private FormLayout form() {
        FormLayout form = new FormLayout();
        field(form, "date", date);
        field(form, "working", working);
        field(form, "name", name);
        working.setItems(Boolean.FALSE, Boolean.TRUE);
        working.setItemLabelGenerator(w -> getTranslation(w ? "settings.calendar.makeUp" : "settings.calendar.holiday"));
        working.setValue(Boolean.FALSE);
        provisional.setId("calendar-provisional");
        provisional.setLabel(getTranslation("settings.calendar.provisional"));
        form.add(provisional);
        save.setId("calendar-save");
        save.setText(getTranslation("settings.calendar.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        remove.setId("calendar-remove");
        remove.setText(getTranslation("settings.calendar.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> remove());
        form.add(new HorizontalLayout(save, remove));
        return form;
    }

    private void field(FormLayout form, String field, com.vaadin.flow.component.Component component) {
        component.setId("calendar-" + field);
        ((com.vaadin.flow.component.HasLabel) component).setLabel(getTranslation("settings.calendar." + field));
        fields.add(field, (HasValidation) component);
        form.add(component);
    }

    private void edit(CalendarDay day) {
        date.setValue(day.date());
        working.setValue(day.working());
        name.setValue(day.name());
        provisional.setValue(day.provisional());
    }

    void save() {
        fields.run(() -> {
            CalendarDay saved = calendar.save(new CalendarDayCommand(date.getValue(),
                    Boolean.TRUE.equals(working.getValue()), name.getValue(), provisional.getValue()), user);
            Notification.show(getTranslation("settings.calendar.saved", texts.day(saved.date())));
            showYearOf(saved.date());
        });
    }

    /** Removing a day that has no entry is refused beside the date (see the field errors above). */
    void remove() {
        fields.run(() -> {
            calendar.remove(date.getValue(), user);
            Notification.show(getTranslation("settings.calendar.removed", texts.day(date.getValue())));
            showYearOf(date.getValue());
        });
    }

    private void showYearOf(LocalDate day) {
        if (!year.getListDataView().contains(day.getYear())) {
            TreeSet<Integer> years = new TreeSet<>(year.getListDataView().getItems().toList());
            years.add(day.getYear());
            year.setItems(List.copyOf(years));
        }
        if (!Integer.valueOf(day.getYear()).equals(year.getValue())) {
            year.setValue(day.getYear()); // refreshes through the listener
        } else {
            refresh();
        }
        calculate();
    }

    private void refresh() {
        Integer selected = year.getValue();
        List<CalendarDay> shown = selected == null ? List.of() : calendar.days(selected);
        grid.setItems(shown);
        String text = "";
        if (selected != null && shown.isEmpty()) {
            text = getTranslation("settings.calendar.unknownYear", String.valueOf(selected));
        } else if (shown.stream().anyMatch(CalendarDay::provisional)) {
            text = getTranslation("settings.calendar.provisionalWarning", String.valueOf(selected));
        }
        warning.setText(text);
        warning.setVisible(!text.isEmpty());
    }


    @Override
    public String getPageTitle() {
        return getTranslation("settings.calendar.title");
    }
}
