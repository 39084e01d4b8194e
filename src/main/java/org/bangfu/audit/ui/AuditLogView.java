package org.bangfu.audit.ui;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.audit.AuditEntry;
import org.bangfu.audit.AuditTrail;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** The audit trail of the auditor's subtree (审计日志), newest first. */
@Route("audit")
@Menu(order = 30, title = "menu.audit")
@RolesAllowed({Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    public AuditLogView(AuditTrail audit, CurrentUsers users) {
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.log.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.log.actor"));
        grid.addColumn(e -> getTranslation("enum.AuditAction." + e.action())).setHeader(getTranslation("audit.log.action"));
        grid.addColumn(AuditEntry::caseId).setHeader(getTranslation("audit.log.case"));
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.log.detail"));
        grid.setItems(audit.recent(users.require(), 1000));
        add(new H2(getTranslation("audit.log.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.log.title");
    }
}
