package org.bangfu.statistics.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shell.FieldErrors;
import org.bangfu.shell.Formats;
import org.bangfu.statistics.DrillRecord;
import org.bangfu.statistics.FormCode;
import org.bangfu.statistics.FormResult;
import org.bangfu.statistics.FormRow;
import org.bangfu.statistics.RowKind;
import org.bangfu.statistics.StatisticsService;
import org.bangfu.statistics.Submission;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;

/**
 * A statistics form of a unit of the user's subtree for a period: computed numbers open the records behind them,
 * the unit's own case workers and approvers enter the other rows (refusals next to the field) and submit the form;
 * the identity checks, the spreadsheet and the print view are here too.
 */
@Route("statistics")
@Menu(order = 11, title = "statistics.menu")
@PermitAll
public class StatisticsView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<FormCode> form = new ComboBox<>();
    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button save = new Button();
    private final Button submit = new Button();
    private final Span status = new Span();
    /** The entered rows' fields by row code, and the computed numbers as buttons by row code. */
    private final Map<String, BigDecimalField> fields = new LinkedHashMap<>();
    private final Map<String, Button> numbers = new HashMap<>();
    private final Div content = new Div();
    private Grid<DrillRecord> drillGrid;
    private Dialog drillDialog;

    private final StatisticsService statistics;
    private final CurrentUser user;
    private final FieldErrors errors = new FieldErrors(this);
    private final Anchor export = new Anchor();
    private final Anchor print = new Anchor();
    private FormResult shown;

    public StatisticsView(StatisticsService statistics, OrganizationService organization, CurrentUsers users,
                          Clock clock) {
        this.statistics = statistics;
        this.user = users.require();
        form.setId("statistics-form");
        status.setId("statistics-status");
        content.setId("statistics-content");
        form.setLabel(getTranslation("statistics.field.form"));
        form.setItems(FormCode.values());
        form.setItemLabelGenerator(f -> getTranslation("enum.FormCode." + f));
        form.setValue(FormCode.WARMTH);
        unit.setId("statistics-unit");
        unit.setLabel(getTranslation("statistics.field.unit"));
        unit.setItems(query -> organization.units(user.unit(), query.getFilter().orElse(null), query.getOffset(),
                query.getLimit()).stream(),
                query -> organization.unitCount(user.unit(), query.getFilter().orElse(null)));
        unit.setItemLabelGenerator(OrgUnit::name);
        unit.setValue(user.unit());
        LocalDate today = LocalDate.now(clock);
        from.setId("statistics-from");
        from.setLabel(getTranslation("statistics.field.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("statistics-to");
        to.setLabel(getTranslation("statistics.field.to"));
        to.setValue(today.withDayOfYear(1).plusYears(1).minusDays(1));
        Button show = new Button(getTranslation("statistics.show"), e -> refresh());
        show.setId("statistics-show");
        save.setText(getTranslation("statistics.save"));
        save.setId("statistics-save");
        save.addClickListener(e -> saveEntered());
        submit.setText(getTranslation("statistics.submit"));
        submit.setId("statistics-submit");
        submit.addClickListener(e -> submitForm());
        export.setText(getTranslation("statistics.export"));
        export.getElement().setAttribute("download", true);
        print.setText(getTranslation("statistics.print"));
        print.setTarget("_blank");
        add(new H2(getTranslation("statistics.title")), new HorizontalLayout(form, unit, from, to, show),
                new HorizontalLayout(save, submit, export, print, status), content);
        refresh();
    }

    /** Computes the chosen form again and rebuilds the table. */
    public void refresh() {
        fields.clear();
        numbers.clear();
        content.removeAll();
        if (form.isEmpty() || unit.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return;
        }
        if (!errors.run(() -> shown = statistics.compute(form.getValue(), unit.getValue().id(), from.getValue(),
                to.getValue(), user))) {
            return;
        }
        boolean own = unit.getValue().id() == user.unit().id()
                && (user.hasRole(Role.CASE_WORKER) || user.hasRole(Role.APPROVER));
        boolean locked = shown.latest() != null && shown.latest().status()
                == org.bangfu.statistics.ReportStatus.SUBMITTED;
        save.setEnabled(own && !locked);
        submit.setEnabled(own);
        status.setText(statusText(shown.latest()));
        content.add(FormTable.table(this, shown, row -> cell(row, own && !locked)), FormTable.checks(this, shown));
        FormResult result = shown;
        @SuppressWarnings("deprecation")
        StreamResource xlsx = new StreamResource(result.form() + "-" + result.unitCode() + ".xlsx",
                () -> new java.io.ByteArrayInputStream(statistics.xlsx(result, getLocale(), user)));
        export.setHref(xlsx);
        print.setHref("statistics/print?form=" + result.form() + "&unit=" + result.unitId() + "&from="
                + result.from() + "&to=" + result.to());
    }

    private Component cell(FormRow row, boolean editable) {
        if (row.kind() == RowKind.ENTERED && editable) {
            BigDecimalField field = new BigDecimalField();
            field.setValue(row.own());
            field.setId("entered-" + row.code());
            field.setHelperText(row.value().compareTo(row.own() == null ? BigDecimal.ZERO : row.own()) != 0
                    ? FormTable.text(this, row) : null);
            fields.put(row.code(), errors.add(row.code(), field));
            return field;
        }
        if (row.kind() == RowKind.ENTERED) {
            Span value = new Span(FormTable.text(this, row));
            if (row.enteredBy() != null) {
                value.setTitle(getTranslation("statistics.enteredBy", row.enteredBy(),
                        Formats.dateTime(row.enteredAt())));
            }
            return value;
        }
        Button number = new Button(FormTable.text(this, row), e -> drillDown(row.code()));
        number.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        number.setId("number-" + row.code());
        numbers.put(row.code(), number);
        return number;
    }

    private String statusText(Submission latest) {
        if (latest == null) {
            return getTranslation("statistics.status", getTranslation("enum.ReportStatus.NOT_SUBMITTED"));
        }
        String text = getTranslation("statistics.status", getTranslation("enum.ReportStatus." + latest.status()))
                + " " + getTranslation("statistics.statusVersion", latest.version(),
                Formats.dateTime(latest.submittedAt()), latest.submittedBy());
        return latest.returnReason() == null ? text
                : text + " " + getTranslation("statistics.returnedWith", latest.returnReason());
    }

    public void saveEntered() {
        Map<String, BigDecimal> values = new HashMap<>();
        fields.forEach((code, field) -> values.put(code, field.getValue()));
        if (!errors.run(() -> statistics.saveEntered(form.getValue(), unit.getValue().id(), from.getValue(),
                to.getValue(), values, user))) {
            return;
        }
        refresh();
        Notification.show(getTranslation("statistics.saved"));
    }

    public void submitForm() {
        errors.run(() -> {
            Submission done = statistics.submit(form.getValue(), unit.getValue().id(), from.getValue(),
                    to.getValue(), user);
            refresh();
            Notification.show(getTranslation("statistics.submitted", done.version()));
        });
    }

    /** Opens the records behind a computed number. */
    public Dialog drillDown(String row) {
        Dialog dialog = new Dialog();
        dialog.setId("statistics-drill-dialog");
        drillDialog = dialog;
        dialog.setHeaderTitle(getTranslation("statistics.drill.title", row));
        drillGrid = new Grid<>();
        drillGrid.setId("statistics-drill");
        drillGrid.addColumn(DrillRecord::kind).setHeader(getTranslation("statistics.drill.kind"));
        drillGrid.addColumn(DrillRecord::key).setHeader(getTranslation("statistics.drill.key")).setAutoWidth(true);
        drillGrid.addColumn(DrillRecord::name).setHeader(getTranslation("statistics.drill.name"));
        drillGrid.addColumn(DrillRecord::unitName).setHeader(getTranslation("statistics.drill.unit"));
        drillGrid.addColumn(r -> r.amount() == null ? "" : Formats.money(r.amount()))
                .setHeader(getTranslation("statistics.drill.amount"));
        drillGrid.addColumn(r -> r.at() == null ? "" : Formats.dateTime(r.at()))
                .setHeader(getTranslation("statistics.drill.at"));
        drillGrid.setEmptyStateText(getTranslation("statistics.drill.empty"));
        FormCode shownForm = form.getValue();
        long unitId = unit.getValue().id();
        LocalDate shownFrom = from.getValue();
        LocalDate shownTo = to.getValue();
        // the count checks the row and the unit at once (a refusal reaches the error handler); the grid then
        // fetches page by page what the client shows
        if (!errors.run(() -> {
            int total = statistics.drillCount(shownForm, row, unitId, shownFrom, shownTo, user);
            drillGrid.setItems(query -> statistics.drillDown(shownForm, row, unitId, shownFrom, shownTo, user,
                    query.getOffset(), query.getLimit()).stream(), query -> total);
        })) {
            return dialog;
        }
        drillGrid.setWidth("900px");
        dialog.add(drillGrid);
        dialog.getFooter().add(new Button(getTranslation("statistics.close"), e -> dialog.close()));
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.title");
    }
}
