package org.bangfu.casework.ui;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.casework.CaseActions;
import org.bangfu.followup.FollowUpService;
import org.bangfu.followup.WatchEntry;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** The relapse watch-list (返困监测): exited households still watched, with their relapse reports. */
@Route("watch-list")
@Menu(order = 4, title = "menu.watchList")
@RolesAllowed({Role.CASE_WORKER_NAME, Role.APPROVER_NAME})
public class WatchListView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<WatchEntry> grid = new Grid<>();
    private final FollowUpService followUp;
    private final CaseActions actions;
    private final CurrentUser user;

    public WatchListView(FollowUpService followUp, CaseActions actions, CurrentUsers users) {
        this.followUp = followUp;
        this.actions = actions;
        this.user = users.require();
        grid.setId("watch-grid");
        grid.setEmptyStateText(getTranslation("casework.watch.empty"));
        grid.addComponentColumn(w -> new RouterLink(w.caseNo(), CaseDetailView.class,
                new RouteParameters("caseNo", w.caseNo()))).setHeader(getTranslation("casework.inbox.caseNo"))
                .setAutoWidth(true);
        grid.addColumn(WatchEntry::workerName).setHeader(getTranslation("casework.inbox.worker"));
        grid.addColumn(w -> Texts.date(w.watchedFrom())).setHeader(getTranslation("casework.watch.from"));
        grid.addColumn(w -> Texts.date(w.watchedUntil())).setHeader(getTranslation("casework.watch.until"));
        grid.addColumn(w -> getTranslation("casework.watch.status." + w.status()))
                .setHeader(getTranslation("casework.case.aidStatus"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("casework.inbox.actions")).setKey("actions")
                .setAutoWidth(true);
        add(new H2(getTranslation("casework.watch.title")), new Paragraph(getTranslation("casework.watch.help")),
                grid);
        refresh();
    }

    public void refresh() {
        grid.setItems(query -> followUp.watchList(user, query.getOffset(), query.getLimit()).stream(),
                query -> followUp.watchCount(user));
    }

    private Component actions(WatchEntry entry) {
        HorizontalLayout cell = new HorizontalLayout();
        // By status, not relapseCaseId: the watch-list query reports 0 instead of null for households without one.
        if ("RELAPSED".equals(entry.status())) {
            cell.add(new Span(getTranslation("casework.watch.relapsed")));
        } else if (user.hasRole(Role.CASE_WORKER) && "WATCHING".equals(entry.status())) {
            Button report = new Button(getTranslation("casework.case.reportRelapse"), click -> reportRelapse(entry));
            report.addThemeVariants(ButtonVariant.LUMO_SMALL);
            report.setId("relapse-" + entry.caseNo());
            cell.add(report);
        }
        return cell;
    }

    public CaseInputDialog reportRelapse(WatchEntry entry) {
        return RelapseDialog.open(this, entry.caseId(), actions, user, relapse -> getUI().ifPresent(ui ->
                ui.navigate(CaseDetailView.class, new RouteParameters("caseNo", relapse.caseNo()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.watch.title");
    }
}
