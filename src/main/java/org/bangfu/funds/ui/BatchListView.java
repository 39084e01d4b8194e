package org.bangfu.funds.ui;

import org.bangfu.organization.People;
import org.bangfu.shell.ui.Persons;
import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.funds.BatchService;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/**
 * Bank batches (发放批次): the unit's payment lines that wait for a batch, the batches of the subtree, and the
 * payments the bank refused (handled from the task inbox).
 */
@Route("funds/batches")
@Menu(order = 9.1, title = "menu.batches")
@RolesAllowed({Role.FINANCE_NAME, Role.APPROVER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class BatchListView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<PaymentRecord> waiting = new Grid<>();
    private final People people;
    public final com.vaadin.flow.component.textfield.TextField waitingFilter =
            new com.vaadin.flow.component.textfield.TextField();
    private final Button gather = new Button();
    private final Paragraph selection = new Paragraph();
    private final Grid<PaymentBatch> batchGrid = new Grid<>();
    private final Grid<PaymentRecord> failed = new Grid<>();

    private final PaymentService payments;
    private final BatchService batches;
    private final CurrentUser user;

    public BatchListView(PaymentService payments, BatchService batches, CurrentUsers users, People people) {
        this.people = people;
        this.payments = payments;
        this.batches = batches;
        this.user = users.require();
        boolean finance = user.hasRole(Role.FINANCE);
        waiting.setId("batch-waiting");
        waiting.setEmptyStateText(getTranslation("empty.batch-waiting"));
        waiting.setSelectionMode(Grid.SelectionMode.MULTI);
        waiting.addColumn(PaymentRecord::caseNo).setHeader(getTranslation("funds.payments.caseNo")).setAutoWidth(true);
        waiting.addColumn(PaymentRecord::payeeName).setHeader(getTranslation("funds.payments.payee"));
        waiting.addColumn(PaymentRecord::cardMasked).setHeader(getTranslation("funds.payments.card"));
        waiting.addColumn(p -> Formats.money(p.amount())).setHeader(getTranslation("funds.payments.amount"));
        waiting.addColumn(p -> getTranslation("enum.FundSource." + p.fundSource()))
                .setHeader(getTranslation("funds.payments.source"));
        waiting.addColumn(PaymentRecord::idempotencyKey).setHeader(getTranslation("funds.payments.key"));
        waiting.setAllRowsVisible(true);
        waiting.addSelectionListener(e -> showSelection());
        waitingFilter.setLabel(getTranslation("funds.batches.filter"));
        waitingFilter.setId("batch-waiting-filter");
        waitingFilter.setClearButtonVisible(true);
        waitingFilter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        waitingFilter.addValueChangeListener(e -> refresh());
        gather.setText(getTranslation("funds.batches.gather"));
        gather.setId("batch-gather");
        gather.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        gather.addClickListener(e -> gatherSelected());
        selection.setId("batch-selection");
        batchGrid.setId("batch-list");
        batchGrid.setEmptyStateText(getTranslation("funds.batches.listEmpty"));
        batchGrid.addColumn(PaymentBatch::batchNo).setHeader(getTranslation("funds.batches.batchNo")).setAutoWidth(true);
        batchGrid.addColumn(b -> getTranslation("enum.BatchStatus." + b.status()))
                .setHeader(getTranslation("funds.batches.status"));
        batchGrid.addColumn(PaymentBatch::lineCount).setHeader(getTranslation("funds.batches.count"));
        batchGrid.addColumn(b -> Formats.money(b.total())).setHeader(getTranslation("funds.batches.total"));
        batchGrid.addColumn(b -> Persons.name(this, people, b.gatheredBy()) + " " + Formats.dateTime(b.gatheredAt()))
                .setHeader(getTranslation("funds.batches.gatheredBy"));
        batchGrid.addColumn(b -> b.releasedBy() == null ? "" : Persons.name(this, people, b.releasedBy()) + " "
                + Formats.dateTime(b.releasedAt()))
                .setHeader(getTranslation("funds.batches.releasedBy"));
        batchGrid.addColumn(b -> b.sentAt() == null ? "" : Formats.dateTime(b.sentAt()))
                .setHeader(getTranslation("funds.batches.sentAt"));
        batchGrid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(BatchDetailView.class,
                new RouteParameters("batchId", String.valueOf(e.getItem().id())))));
        failed.setId("batch-failed");
        failed.setEmptyStateText(getTranslation("empty.batch-failed"));
        failed.addColumn(PaymentRecord::caseNo).setHeader(getTranslation("funds.payments.caseNo"));
        failed.addColumn(PaymentRecord::payeeName).setHeader(getTranslation("funds.payments.payee"));
        failed.addColumn(p -> Formats.money(p.amount())).setHeader(getTranslation("funds.payments.amount"));
        failed.addColumn(PaymentRecord::failureReason).setHeader(getTranslation("funds.batches.failureReason"));
        failed.setAllRowsVisible(true);
        add(new H2(getTranslation("funds.batches.title")));
        if (finance) {
            add(new H3(getTranslation("funds.batches.waiting")), waitingFilter, waiting, selection, gather);
        }
        add(new H3(getTranslation("funds.batches.list")), batchGrid,
                new H3(getTranslation("funds.batches.failed")), new Paragraph(getTranslation("funds.batches.failedHint")),
                failed);
        refresh();
    }

    public void refresh() {
        if (user.hasRole(Role.FINANCE)) {
            String filter = waitingFilter.getValue() == null ? "" : waitingFilter.getValue().trim();
            waiting.setItems(payments.awaitingBatch(user).stream()
                    .filter(p -> filter.isEmpty() || (p.caseNo() != null && p.caseNo().contains(filter))
                            || p.payeeName().contains(filter)).toList());
            failed.setItems(payments.failed(user));
        }
        batchGrid.setItems(query -> batches.batches(user, query.getOffset(), query.getLimit()).stream(),
                query -> batches.batchCount(user));
        showSelection();
    }

    private void showSelection() {
        List<PaymentRecord> chosen = chosen();
        BigDecimal total = chosen.stream().map(PaymentRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        selection.setText(getTranslation("funds.batches.selection", chosen.size(), Formats.money(total)));
    }

    /** The selected lines, or all waiting lines when none is selected. */
    private List<PaymentRecord> chosen() {
        List<PaymentRecord> selected = List.copyOf(waiting.getSelectedItems());
        return selected.isEmpty() ? waiting.getListDataView().getItems().toList() : selected;
    }

    /** A refusal (nothing to gather, lines of another unit …) reaches the session's error handler. */
    public void gatherSelected() {
        PaymentBatch batch = batches.gather(chosen().stream().map(PaymentRecord::id).toList(), user);
        Notification.show(getTranslation("funds.batches.gathered", batch.batchNo(), batch.lineCount(),
                Formats.money(batch.total())));
        getUI().ifPresent(ui -> ui.navigate(BatchDetailView.class,
                new RouteParameters("batchId", String.valueOf(batch.id()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funds.batches.title");
    }
}
