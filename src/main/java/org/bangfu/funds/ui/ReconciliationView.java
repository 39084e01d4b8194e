package org.bangfu.funds.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.funds.BatchReconciliation;
import org.bangfu.funds.BatchService;
import org.bangfu.funds.FundService;
import org.bangfu.funds.Reconciliation;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shell.Formats;
import org.bangfu.shell.XlsxExport;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * Reconciliation (对账): per batch what was sent, paid and refused, against the ledger's payments, with the batches
 * that do not agree marked; and the check of every allocation against its ledger.
 */
@Route("funds/reconciliation")
@Menu(order = 9.2, title = "menu.reconciliation")
@RolesAllowed({Role.FINANCE_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class ReconciliationView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<BatchReconciliation> grid = new Grid<>();
    private final Grid<Reconciliation> books = new Grid<>();
    private final Paragraph booksResult = new Paragraph();

    private final BatchService batches;
    private final CurrentUser user;

    public ReconciliationView(BatchService batches, FundService funds, CurrentUsers users) {
        this.batches = batches;
        this.user = users.require();
        grid.setId("reconciliation-grid");
        grid.addColumn(BatchReconciliation::batchNo).setHeader(getTranslation("funds.batches.batchNo"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("enum.BatchStatus." + r.status()))
                .setHeader(getTranslation("funds.batches.status"));
        grid.addColumn(r -> r.sentCount() + " / " + Formats.money(r.sentAmount()))
                .setHeader(getTranslation("funds.reconciliation.sent"));
        grid.addColumn(r -> r.paidCount() + " / " + Formats.money(r.paidAmount()))
                .setHeader(getTranslation("funds.reconciliation.paid"));
        grid.addColumn(r -> r.failedCount() + " / " + Formats.money(r.failedAmount()))
                .setHeader(getTranslation("funds.reconciliation.failed"));
        grid.addColumn(r -> Formats.money(r.difference())).setHeader(getTranslation("funds.reconciliation.difference"));
        grid.addColumn(r -> Formats.money(r.ledgerPaid())).setHeader(getTranslation("funds.reconciliation.ledgerPaid"));
        grid.addComponentColumn(r -> {
            Span badge = new Span(getTranslation(r.agrees() ? "funds.reconciliation.agrees"
                    : "funds.reconciliation.disagrees"));
            badge.getElement().getThemeList().add(r.agrees() ? "badge success" : "badge error");
            return badge;
        }).setHeader(getTranslation("funds.reconciliation.check"));
        grid.setClassNameGenerator(r -> r.agrees() ? null : "reconciliation-difference");
        grid.setItems(query -> batches.reconciliation(user, query.getOffset(), query.getLimit()).stream(),
                query -> batches.reconciliationCount(user));
        grid.setEmptyStateText(getTranslation("funds.reconciliation.empty"));
        books.setId("reconciliation-books");
        books.addColumn(Reconciliation::allocationId).setHeader(getTranslation("funds.allocation"));
        books.addColumn(Reconciliation::column).setHeader(getTranslation("funds.column"));
        books.addColumn(r -> Formats.money(r.table())).setHeader(getTranslation("funds.tableValue"));
        books.addColumn(r -> Formats.money(r.ledger())).setHeader(getTranslation("funds.ledgerValue"));
        List<Reconciliation> differences = funds.reconcile(user);
        books.setItems(differences);
        books.setVisible(!differences.isEmpty());
        books.setAllRowsVisible(true);
        booksResult.setId("reconciliation-books-result");
        booksResult.setText(getTranslation(differences.isEmpty() ? "funds.reconcile.ok"
                : "funds.reconcile.differences", differences.size()));
        add(new H2(getTranslation("funds.reconciliation.title")),
                Downloads.link("reconciliation-export", getTranslation("funds.exportXlsx"), "reconciliation.xlsx",
                        this::xlsx), grid, new H3(getTranslation("funds.reconciliation.books")), booksResult, books);
    }

    public byte[] xlsx() {
        List<List<Object>> table = new ArrayList<>();
        for (BatchReconciliation r : batches.reconciliation(user)) {
            table.add(List.of(r.batchNo(), getTranslation("enum.BatchStatus." + r.status()), r.sentCount(),
                    r.sentAmount(), r.paidCount(), r.paidAmount(), r.failedCount(), r.failedAmount(), r.difference(),
                    r.ledgerPaid(), getTranslation(r.agrees() ? "funds.reconciliation.agrees"
                            : "funds.reconciliation.disagrees")));
        }
        return XlsxExport.table(getTranslation("funds.reconciliation.title"), List.of(
                getTranslation("funds.batches.batchNo"), getTranslation("funds.batches.status"),
                getTranslation("funds.reconciliation.sentCount"), getTranslation("funds.reconciliation.sent"),
                getTranslation("funds.reconciliation.paidCount"), getTranslation("funds.reconciliation.paid"),
                getTranslation("funds.reconciliation.failedCount"), getTranslation("funds.reconciliation.failed"),
                getTranslation("funds.reconciliation.difference"), getTranslation("funds.reconciliation.ledgerPaid"),
                getTranslation("funds.reconciliation.check")), table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funds.reconciliation.title");
    }
}
