package org.bangfu.funds.ui;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** Payment records of the user's subtree (发放记录), for finance officers, auditors and administrators. */
@Route("payments")
@Menu(order = 10, title = "menu.payments")
@RolesAllowed({Role.FINANCE_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class PaymentListView extends VerticalLayout implements HasDynamicTitle {

    public PaymentListView(PaymentService payments, CurrentUsers users) {
        Grid<PaymentRecord> grid = new Grid<>();
        grid.setId("payment-grid");
        grid.addColumn(PaymentRecord::caseNo).setHeader(getTranslation("funds.payments.caseNo")).setAutoWidth(true);
        grid.addColumn(PaymentRecord::payeeName).setHeader(getTranslation("funds.payments.payee"));
        grid.addColumn(p -> Formats.money(p.amount())).setHeader(getTranslation("funds.payments.amount"));
        grid.addColumn(PaymentRecord::cardMasked).setHeader(getTranslation("funds.payments.card")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("enum.FundSource." + p.fundSource()))
                .setHeader(getTranslation("funds.payments.source"));
        grid.addColumn(p -> Formats.dateTime(p.recordedAt())).setHeader(getTranslation("funds.payments.recordedAt"));
        grid.addColumn(PaymentRecord::idempotencyKey).setHeader(getTranslation("funds.payments.key"));
        grid.addColumn(p -> getTranslation("enum.PaymentStatus." + p.status()))
                .setHeader(getTranslation("funds.batches.status"));
        grid.addColumn(p -> p.failureReason() == null ? "" : p.failureReason())
                .setHeader(getTranslation("funds.batches.failureReason"));
        grid.addColumn(p -> p.paidAt() == null ? "" : Formats.dateTime(p.paidAt()))
                .setHeader(getTranslation("casework.case.paidAt"));
        CurrentUser user = users.require();
        grid.setItems(query -> payments.paymentPage(user, query.getOffset(), query.getLimit()).stream(),
                query -> payments.paymentCount(user));
        grid.setEmptyStateText(getTranslation("funds.payments.empty"));
        add(new H2(getTranslation("funds.payments.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funds.payments.title");
    }
}
