package org.bangfu.funds.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.funds.LedgerEntry;
import org.bangfu.funds.LedgerEntryType;
import org.bangfu.funds.LedgerFilter;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
import org.bangfu.shell.Formats;
import org.bangfu.shell.XlsxExport;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** The ledger (资金流水) of the user's subtree with filters, and its export to a spreadsheet. */
@Route("funds/ledger")
@RolesAllowed({Role.FINANCE_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class LedgerView extends VerticalLayout implements HasDynamicTitle {

    private final IntegerField year = new IntegerField();
    private final ComboBox<FundSource> source = new ComboBox<>();
    private final ComboBox<LedgerEntryType> type = new ComboBox<>();
    private final ComboBox<OrgUnit> unit = new ComboBox<>();
    private final TextField caseNo = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Grid<LedgerEntry> grid = new Grid<>();
    private final Anchor export;

    private final FundService funds;
    private final org.bangfu.organization.People people;
    private final CurrentUser user;
    private final OrganizationService organization;

    public LedgerView(FundService funds, OrganizationService organization, CurrentUsers users,
                      org.bangfu.organization.People people) {
        this.people = people;
        this.funds = funds;
        this.user = users.require();
        this.organization = organization;
        year.setId("ledger-year");
        year.setLabel(getTranslation("funds.fundYear"));
        source.setId("ledger-source");
        source.setLabel(getTranslation("funds.source"));
        source.setItems(FundSource.values());
        source.setItemLabelGenerator(s -> getTranslation("enum.FundSource." + s));
        type.setLabel(getTranslation("funds.ledger.type"));
        type.setItems(LedgerEntryType.values());
        type.setItemLabelGenerator(t -> getTranslation("enum.LedgerEntryType." + t));
        type.setId("ledger-type");
        unit.setId("ledger-unit");
        unit.setLabel(getTranslation("funds.unit"));
        // thousands of units below a city: the picker reads the page shown, filtered by name or code in SQL
        unit.setItems(query -> organization.units(user.unit(), query.getFilter().orElse(null), query.getOffset(),
                query.getLimit()).stream(),
                query -> organization.unitCount(user.unit(), query.getFilter().orElse(null)));
        unit.setItemLabelGenerator(OrgUnit::name);
        caseNo.setId("ledger-case-no");
        caseNo.setLabel(getTranslation("funds.ledger.caseNo"));
        from.setId("ledger-from");
        from.setLabel(getTranslation("funds.ledger.from"));
        until.setId("ledger-until");
        until.setLabel(getTranslation("funds.ledger.until"));
        year.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        caseNo.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());
        year.setClearButtonVisible(true);
        source.setClearButtonVisible(true);
        type.setClearButtonVisible(true);
        unit.setClearButtonVisible(true);
        caseNo.setClearButtonVisible(true);
        grid.setId("ledger-grid");
        grid.setEmptyStateText(getTranslation("funds.ledger.empty"));
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("funds.ledger.time"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("enum.LedgerEntryType." + e.type()))
                .setHeader(getTranslation("funds.ledger.type"));
        grid.addColumn(e -> getTranslation("enum.FundSource." + e.source())).setHeader(getTranslation("funds.source"));
        grid.addColumn(e -> unitName(e.unitId())).setHeader(getTranslation("funds.unit"));
        grid.addColumn(this::reference).setHeader(getTranslation("funds.ledger.reference"))
                .setTooltipGenerator(LedgerEntry::reference);
        grid.addColumn(e -> Formats.money(e.amount())).setHeader(getTranslation("funds.amount"));
        grid.addColumn(e -> org.bangfu.shell.ui.Persons.name(this, people, e.actor()))
                .setHeader(getTranslation("funds.ledger.actor"))
                .setTooltipGenerator(e -> org.bangfu.shell.ui.Persons.login(e.actor()));
        grid.addColumn(LedgerEntry::note).setHeader(getTranslation("funds.ledger.note"));
        export = Downloads.link("ledger-export", getTranslation("funds.exportXlsx"), "ledger.xlsx", this::xlsx);
        HorizontalLayout filters = new HorizontalLayout(year, source, type, unit, caseNo, from, until);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("funds.ledger.title")), filters, export, grid);
        refresh();
    }

    public LedgerFilter filter() {
        return new LedgerFilter(year.getValue(), source.getValue(), type.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), caseNo.getValue(), from.getValue(),
                until.getValue());
    }

    public void refresh() {
        LedgerFilter filter = filter();
        grid.setItems(query -> funds.ledgerPage(filter, user, query.getOffset(), query.getLimit()).stream(),
                query -> funds.ledgerCount(filter, user));
    }

    /** The filtered ledger as a workbook. */
    public byte[] xlsx() {
        List<List<Object>> rows = new ArrayList<>();
        for (LedgerEntry e : funds.ledger(filter(), user, 100_000)) {
            rows.add(List.of(e.occurredAt(), getTranslation("enum.LedgerEntryType." + e.type()),
                    getTranslation("enum.FundSource." + e.source()), unitName(e.unitId()),
                    e.reference() == null ? "" : e.reference(), e.amount(), e.actor(),
                    e.note() == null ? "" : e.note()));
        }
        return XlsxExport.table(getTranslation("funds.ledger.title"), List.of(getTranslation("funds.ledger.time"),
                getTranslation("funds.ledger.type"), getTranslation("funds.source"), getTranslation("funds.unit"),
                getTranslation("funds.ledger.reference"), getTranslation("funds.amount"),
                getTranslation("funds.ledger.actor"), getTranslation("funds.ledger.note")), rows);
    }

    /** The unit of a line by name, from the organization's index by id (no list of every unit here). */
    private String unitName(long unitId) {
        return organization.unit(unitId).name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funds.ledger.title");
    }

    /**
     * The ledger's references are written for machines ({@code from 14}, {@code to 410102}, {@code aid-2}): shown
     * here in words, the stored reference on hover.
     */
    private String reference(LedgerEntry e) {
        String reference = e.reference();
        if (reference == null) {
            return "";
        }
        if (reference.startsWith("from ") || reference.startsWith("to ")) {
            return getTranslation("funds.ledger.ref." + e.type(), reference.substring(reference.indexOf(' ') + 1));
        }
        if (reference.startsWith("aid-")) {
            return getTranslation("funds.ledger.ref.aid", reference.substring(4));
        }
        return reference;
    }
}
