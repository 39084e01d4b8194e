package org.bangfu.audit.ui;

import org.bangfu.organization.People;
import org.bangfu.shell.ui.Persons;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.audit.AuditChain;
import org.bangfu.audit.AuditEntry;
import org.bangfu.audit.AuditTrail;
import org.bangfu.audit.ChainVerification;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shell.Formats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

/**
 * The audit trail of the auditor's subtree (审计日志), newest first, with each row's chain position, and the chain
 * check (审计链校验): it runs in the background and the progress bar follows it by polling.
 */
@Route("audit")
@Menu(order = 30, title = "menu.audit")
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(AuditLogView.class);

    private final Button verify = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph result = new Paragraph();
    private final AuditChain chain;
    private final CurrentUser user;
    /** The running (or last) check. */
    private CompletableFuture<ChainVerification> running = CompletableFuture.completedFuture(null);

    public AuditLogView(AuditTrail audit, AuditChain chain, CurrentUsers users, People people) {
        this.chain = chain;
        this.user = users.require();
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(AuditEntry::position).setHeader(getTranslation("auditchain.position")).setKey("position")
                .setAutoWidth(true);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.log.when"))
                .setAutoWidth(true);
        grid.addColumn(e -> Persons.name(this, people, e.actor())).setHeader(getTranslation("audit.log.actor"))
                .setTooltipGenerator(e -> Persons.login(e.actor()));
        grid.addColumn(e -> getTranslation("enum.AuditAction." + e.action())).setHeader(getTranslation("audit.log.action"));
        grid.addColumn(AuditEntry::caseId).setHeader(getTranslation("audit.log.case"));
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.log.detail")).setKey("audit-detail");
        grid.setItems(query -> audit.page(user, query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(user));
        grid.setEmptyStateText(getTranslation("audit.log.empty"));

        verify.setText(getTranslation("auditchain.verify"));
        verify.setId("audit-verify-chain");
        verify.addClickListener(e -> verifyChain());
        progress.setId("audit-verify-progress");
        progress.setVisible(false);
        result.setId("audit-verify-result");
        add(new H2(getTranslation("audit.log.title")), new Paragraph(getTranslation("auditchain.help")),
                new HorizontalLayout(verify), progress, result, grid);
    }

    /** Starts the check in the background; the progress bar and text follow it until it ends. */
    public void verifyChain() {
        UI ui = UI.getCurrent();
        AtomicLong done = new AtomicLong();
        AtomicLong total = new AtomicLong();
        verify.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        result.setText(getTranslation("auditchain.running", 0, 0));
        result.getElement().removeAttribute("theme");
        ui.setPollInterval(500);
        Registration[] poll = new Registration[1];
        poll[0] = ui.addPollListener(e -> showProgress(done.get(), total.get()));
        running = CompletableFuture.supplyAsync(() -> chain.verify(user, (d, t) -> {
            done.set(d);
            total.set(t);
        }));
        running.whenComplete((verified, failure) -> ui.access(() -> {
            poll[0].remove();
            ui.setPollInterval(-1);
            show(verified, failure);
        }));
    }

    private void showProgress(long done, long total) {
        progress.setValue(total == 0 ? 0 : (double) done / total);
        result.setText(getTranslation("auditchain.running", done, total));
    }

    private void show(ChainVerification verified, Throwable failure) {
        verify.setEnabled(true);
        progress.setVisible(false);
        if (failure != null) {
            log.error("audit chain check failed", failure instanceof CompletionException ? failure.getCause() : failure);
            result.setText(getTranslation("auditchain.failed"));
            result.getElement().setAttribute("theme", "error");
        } else if (verified.isIntact()) {
            result.setText(getTranslation("auditchain.intact", verified.checked()));
            result.getElement().setAttribute("theme", "success");
        } else {
            result.setText(getTranslation("auditchain.broken", verified.badPosition(),
                    verified.badEventId() == null ? "-" : verified.badEventId(),
                    getTranslation("enum.ChainProblem." + verified.problem()), verified.checked()));
            result.getElement().setAttribute("theme", "error");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.log.title");
    }
}
