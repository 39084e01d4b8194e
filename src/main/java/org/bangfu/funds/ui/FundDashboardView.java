package org.bangfu.funds.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.funds.FundAllocation;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.funds.FundSummary;
import org.bangfu.funds.FundTotals;
import org.bangfu.funds.Reconciliation;
import org.bangfu.identification.AidType;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shell.FieldErrors;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * The fund dashboard (资金台账) of the user's subtree: per unit, source and fund year what arrived, went down, is
 * reserved for approved grants, was paid and is available. Finance adds money, passes it down and returns it; the
 * books can be checked against the ledger here.
 */
@Route("funds")
@Menu(order = 9, title = "menu.funds")
@RolesAllowed({Role.FINANCE_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class FundDashboardView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<FundSummary> grid = new Grid<>();
    private final IntegerField year = new IntegerField();
    private final ComboBox<FundSource> source = new ComboBox<>();
    private final Button allocate = new Button();
    private final Button passDown = new Button();
    private final Button reconcile = new Button();
    private final Button giveBack = new Button();
    private final Grid<Reconciliation> differences = new Grid<>();
    private final Paragraph totals = new Paragraph();

    private final FundService funds;
    private final java.time.Clock clock;
    private final OrganizationService organization;
    private final CurrentUser user;

    public FundDashboardView(FundService funds, OrganizationService organization, CurrentUsers users,
            java.time.Clock clock) {
        this.funds = funds;
        this.clock = clock;
        this.organization = organization;
        this.user = users.require();
        year.setLabel(getTranslation("funds.fundYear"));
        year.setClearButtonVisible(true);
        year.setId("funds-year");
        source.setLabel(getTranslation("funds.source"));
        source.setItems(FundSource.values());
        source.setItemLabelGenerator(s -> getTranslation("enum.FundSource." + s));
        source.setClearButtonVisible(true);
        source.setId("funds-source");
        year.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        grid.setId("funds-summary");
        grid.setEmptyStateText(getTranslation("funds.summaryEmpty"));
        grid.addColumn(FundSummary::unitName).setHeader(getTranslation("funds.unit")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("enum.FundSource." + s.source())).setHeader(getTranslation("funds.source"));
        grid.addColumn(FundSummary::fundYear).setHeader(getTranslation("funds.fundYear"));
        grid.addColumn(s -> Formats.money(s.allocated())).setHeader(getTranslation("funds.allocated"));
        grid.addColumn(s -> Formats.money(s.passedDown())).setHeader(getTranslation("funds.passedDown"));
        grid.addColumn(s -> Formats.money(s.reserved())).setHeader(getTranslation("funds.reserved"));
        grid.addColumn(s -> Formats.money(s.paid())).setHeader(getTranslation("funds.paid"));
        grid.addColumn(s -> Formats.money(s.available())).setHeader(getTranslation("funds.available"));
        totals.setId("funds-totals");
        boolean finance = user.hasRole(Role.FINANCE) || user.hasRole(Role.ADMIN);
        allocate.setText(getTranslation("funds.allocate"));
        allocate.setId("funds-allocate");
        allocate.setVisible(finance);
        allocate.addClickListener(e -> openAllocate());
        passDown.setText(getTranslation("funds.passDown"));
        passDown.setId("funds-pass-down");
        passDown.setVisible(finance);
        passDown.addClickListener(e -> openPassDown());
        giveBack.setText(getTranslation("funds.returnToParent"));
        giveBack.setId("funds-return");
        giveBack.setVisible(finance);
        giveBack.addClickListener(e -> openReturn());
        reconcile.setText(getTranslation("funds.reconcile"));
        reconcile.setId("funds-reconcile");
        reconcile.addClickListener(e -> runReconcile());
        differences.setId("funds-differences");
        differences.addColumn(Reconciliation::allocationId).setHeader(getTranslation("funds.allocation"));
        differences.addColumn(Reconciliation::column).setHeader(getTranslation("funds.column"));
        differences.addColumn(r -> Formats.money(r.table())).setHeader(getTranslation("funds.tableValue"));
        differences.addColumn(r -> Formats.money(r.ledger())).setHeader(getTranslation("funds.ledgerValue"));
        differences.setVisible(false);
        differences.setAllRowsVisible(true);
        add(new H2(getTranslation("funds.title")), new HorizontalLayout(year, source),
                new HorizontalLayout(allocate, passDown, giveBack, reconcile), grid, totals, differences);
        refresh();
    }

    public void refresh() {
        Integer fundYear = year.getValue();
        FundSource fundSource = source.getValue();
        grid.setItems(query -> funds.summary(user, fundYear, fundSource, query.getOffset(), query.getLimit()).stream(),
                query -> funds.summaryCount(user, fundYear, fundSource));
        FundTotals sums = funds.summaryTotals(user, fundYear, fundSource);
        totals.setText(getTranslation("funds.totals", Formats.money(sums.reserved()), Formats.money(sums.paid()),
                Formats.money(sums.available())));
    }

    public void runReconcile() {
        List<Reconciliation> found = funds.reconcile(user);
        differences.setItems(found);
        differences.setVisible(!found.isEmpty());
        Notification.show(getTranslation(found.isEmpty() ? "funds.reconcile.ok" : "funds.reconcile.differences",
                found.size()));
    }

    /** New money at the user's unit. */
    public FundDialog openAllocate() {
        ComboBox<FundSource> newSource = new ComboBox<>(getTranslation("funds.source"));
        newSource.setItems(FundSource.values());
        newSource.setItemLabelGenerator(s -> getTranslation("enum.FundSource." + s));
        IntegerField fundYear = new IntegerField(getTranslation("funds.fundYear"));
        fundYear.setValue(java.time.LocalDate.now(clock).getYear());
        BigDecimalField amount = new BigDecimalField(getTranslation("funds.amount"));
        ComboBox<AidType> donorAidType = new ComboBox<>(getTranslation("funds.donorAidType"));
        donorAidType.setItems(AidType.values());
        donorAidType.setItemLabelGenerator(t -> getTranslation("enum.AidType." + t));
        TextField donorPurpose = new TextField(getTranslation("funds.donorPurpose"));
        FundDialog dialog = new FundDialog("funds-allocate-dialog", getTranslation("funds.allocate"), d ->
                funds.allocate(newSource.getValue(), fundYear.getValue() == null ? 0 : fundYear.getValue(),
                        amount.getValue(), donorAidType.getValue(), donorPurpose.getValue(), user));
        dialog.field("source", newSource);
        dialog.field("fundYear", fundYear);
        dialog.field("amount", amount);
        dialog.field("donorAidType", donorAidType);
        dialog.field("donorPurpose", donorPurpose);
        dialog.open();
        return dialog;
    }

    /** Part of one of the unit's allocations to a direct child unit. */
    public FundDialog openPassDown() {
        ComboBox<FundAllocation> from = ownAllocations(a -> true);
        ComboBox<OrgUnit> child = new ComboBox<>(getTranslation("funds.childUnit"));
        child.setItems(organization.children(user.unit().id()));
        child.setItemLabelGenerator(OrgUnit::name);
        BigDecimalField amount = new BigDecimalField(getTranslation("funds.amount"));
        FundDialog dialog = new FundDialog("funds-pass-down-dialog", getTranslation("funds.passDown"), d -> {
            if (from.getValue() == null) {
                throw new org.bangfu.shared.InvalidInputException(
                        org.bangfu.shared.FieldError.of("allocation", "validation.required"));
            }
            if (child.getValue() == null) {
                throw new org.bangfu.shared.InvalidInputException(
                        org.bangfu.shared.FieldError.of("childUnit", "validation.required"));
            }
            funds.passDown(from.getValue().id(), child.getValue().id(), amount.getValue(), user);
        });
        dialog.field("allocation", from);
        dialog.field("childUnit", child);
        dialog.field("amount", amount);
        dialog.open();
        return dialog;
    }

    /** Unused money of one of the unit's allocations that came from above goes back to the parent allocation. */
    public FundDialog openReturn() {
        ComboBox<FundAllocation> from = ownAllocations(a -> a.parentId() != null);
        BigDecimalField amount = new BigDecimalField(getTranslation("funds.amount"));
        TextField reason = new TextField(getTranslation("funds.reason"));
        FundDialog dialog = new FundDialog("funds-return-dialog", getTranslation("funds.returnToParent"), d -> {
            if (from.getValue() == null) {
                throw new org.bangfu.shared.InvalidInputException(
                        org.bangfu.shared.FieldError.of("allocation", "validation.required"));
            }
            funds.returnToParent(from.getValue().id(), amount.getValue(), reason.getValue(), user);
        });
        dialog.field("allocation", from);
        dialog.field("amount", amount);
        dialog.field("reason", reason);
        dialog.open();
        return dialog;
    }

    /** The allocations of the user's own unit that pass the filter, labelled with year, source and what is left. */
    private ComboBox<FundAllocation> ownAllocations(java.util.function.Predicate<FundAllocation> filter) {
        ComboBox<FundAllocation> box = new ComboBox<>(getTranslation("funds.allocation"));
        box.setItems(funds.allocations(user).stream().filter(a -> a.unitId() == user.unit().id()).filter(filter)
                .toList());
        box.setItemLabelGenerator(a -> a.fundYear() + " " + getTranslation("enum.FundSource." + a.source())
                + " " + getTranslation("funds.availableShort", Formats.money(a.available())));
        return box;
    }

    /** A dialog whose action refuses field by field; on success it closes and the dashboard is read again. */
    public class FundDialog extends Dialog {
        private final FormLayout form = new FormLayout();
        private final FieldErrors errors = new FieldErrors(this);
        private final Button save = new Button();

        FundDialog(String id, String title, java.util.function.Consumer<FundDialog> action) {
            setId(id);
            form.setId(id + "-form");
            setHeaderTitle(title);
            save.setText(getTranslation("funds.save"));
            save.setId(id + "-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(click -> {
                if (!errors.run(() -> action.accept(this))) {
                    return;
                }
                close();
                refresh();
            });
            Button cancel = new Button(getTranslation("funds.cancel"), click -> close());
            add(form);
            getFooter().add(cancel, save);
        }

        /** Adds a field: its refusals show beside it, its id is the dialog's and the field's name (…-fund-year). */
        <T extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasValidation> void field(
                String name, T field) {
            errors.add(name, field);
            field.setId(getId().orElseThrow() + "-" + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase());
            form.add(field);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funds.title");
    }
}
