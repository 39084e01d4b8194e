package org.bangfu.statistics.ui;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.shell.FieldErrors;
import org.bangfu.shell.Formats;
import org.bangfu.statistics.ChildStatus;
import org.bangfu.statistics.FormCode;
import org.bangfu.statistics.FormResult;
import org.bangfu.statistics.ReportStatus;
import org.bangfu.statistics.StatisticsService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * The parent's side: each child unit's status for the form and period (not submitted, submitted vN at a time,
 * returned with a reason), returning a child's submission with a reason, and the consolidated form.
 */
@Route("statistics/submissions")
@Menu(order = 11.1, title = "statistics.submissions.menu")
@PermitAll
public class SubmissionsView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<FormCode> form = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<ChildStatus> children = new Grid<>();
    private final Div consolidated = new Div();

    private final StatisticsService statistics;
    private final CurrentUser user;
    private final FieldErrors errors = new FieldErrors(this);
    private final Anchor print = new Anchor();

    public SubmissionsView(StatisticsService statistics, CurrentUsers users,
                          Clock clock) {
        this.statistics = statistics;
        this.user = users.require();
        form.setId("submissions-form");
        consolidated.setId("submissions-consolidated");
        form.setLabel(getTranslation("statistics.field.form"));
        form.setItems(FormCode.values());
        form.setItemLabelGenerator(f -> getTranslation("enum.FormCode." + f));
        form.setValue(FormCode.WARMTH);
        LocalDate start = LocalDate.now(clock).withDayOfYear(1);
        from.setId("submissions-from");
        from.setLabel(getTranslation("statistics.field.from"));
        from.setValue(start);
        to.setId("submissions-to");
        to.setLabel(getTranslation("statistics.field.to"));
        to.setValue(start.plusYears(1).minusDays(1));
        Button show = new Button(getTranslation("statistics.show"), e -> refresh());
        children.setId("statistics-children");
        children.setEmptyStateText(getTranslation("empty.statistics-children"));
        children.addColumn(ChildStatus::unitName).setHeader(getTranslation("statistics.child.unit")).setAutoWidth(true);
        children.addColumn(c -> getTranslation("enum.ReportStatus." + c.status()))
                .setHeader(getTranslation("statistics.child.status"));
        children.addColumn(c -> c.latest() == null ? "" : "v" + c.latest().version())
                .setHeader(getTranslation("statistics.child.version"));
        children.addColumn(c -> c.latest() == null ? "" : Formats.dateTime(c.latest().submittedAt()))
                .setHeader(getTranslation("statistics.child.at"));
        children.addColumn(c -> c.latest() == null || c.latest().returnReason() == null ? ""
                : c.latest().returnReason()).setHeader(getTranslation("statistics.child.reason"));
        children.addComponentColumn(c -> {
            Button back = new Button(getTranslation("statistics.return"), e -> openReturn(c));
            back.addThemeVariants(ButtonVariant.LUMO_SMALL);
            back.setVisible(c.status() == ReportStatus.SUBMITTED);
            return back;
        }).setKey("return");
        children.setAllRowsVisible(true);
        print.setText(getTranslation("statistics.print"));
        print.setTarget("_blank");
        add(new H2(getTranslation("statistics.submissions.title")), new HorizontalLayout(form, from, to, show),
                children, new H3(getTranslation("statistics.consolidated")), print, consolidated);
        refresh();
    }

    public void refresh() {
        consolidated.removeAll();
        if (form.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return;
        }
        errors.run(() -> {
            children.setItems(statistics.children(form.getValue(), user.unit().id(), from.getValue(), to.getValue(),
                    user));
            FormResult result = statistics.consolidated(form.getValue(), user.unit().id(), from.getValue(),
                    to.getValue(), user);
            consolidated.add(FormTable.table(this, result, row -> new Span(FormTable.text(this, row))),
                    FormTable.checks(this, result));
            print.setHref("statistics/print?consolidated=true&form=" + result.form() + "&unit=" + result.unitId()
                    + "&from=" + result.from() + "&to=" + result.to());
        });
    }

    /** The dialog to return a child's submission; refuses a missing reason next to the field. */
    public Dialog openReturn(ChildStatus child) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("statistics.return") + " " + child.unitName());
        TextField reason = new TextField(getTranslation("statistics.returnReason"));
        reason.setId("statistics-return-reason");
        reason.setWidth("30em");
        FieldErrors dialogErrors = new FieldErrors(dialog);
        dialogErrors.add("reason", reason);
        Button confirm = new Button(getTranslation("statistics.return"), e -> dialogErrors.run(() -> {
            statistics.returnSubmission(child.latest().id(), reason.getValue(), user);
            dialog.close();
            refresh();
        }));
        confirm.setId("statistics-return-confirm");
        dialog.add(reason);
        dialog.getFooter().add(confirm, new Button(getTranslation("statistics.close"), e -> dialog.close()));
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.submissions.title");
    }
}
