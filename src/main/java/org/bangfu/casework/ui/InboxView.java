package org.bangfu.casework.ui;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import org.bangfu.casework.TaskInbox;
import org.bangfu.casework.TaskItem;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.shared.BangfuException;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/** The task inbox (待办): my tasks and claimable group tasks, with counts; claim, unclaim, open. */
@Route("")
@Menu(order = 1, title = "menu.inbox")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    public final Tab mineTab = new Tab();
    public final Tab groupTab = new Tab();
    public final Tabs tabs = new Tabs(mineTab, groupTab);
    final Grid<TaskItem> grid = new Grid<>();

    private final TaskInbox inbox;
    private final CurrentUser user;

    public InboxView(TaskInbox inbox, CurrentUsers users) {
        this.inbox = inbox;
        this.user = users.require();
        mineTab.setId("tab-mine");
        groupTab.setId("tab-group");
        grid.setId("inbox-grid");
        grid.addColumn(t -> getTranslation("task." + t.taskKey())).setHeader(getTranslation("casework.inbox.task"))
                .setAutoWidth(true);
        grid.addColumn(TaskItem::caseNo).setHeader(getTranslation("casework.inbox.caseNo")).setAutoWidth(true);
        grid.addColumn(TaskItem::workerName).setHeader(getTranslation("casework.inbox.worker"));
        grid.addColumn(TaskItem::unitName).setHeader(getTranslation("casework.inbox.unit")).setAutoWidth(true);
        grid.addColumn(t -> Formats.dateTime(t.created())).setHeader(getTranslation("casework.inbox.created"));
        grid.addComponentColumn(this::due).setHeader(getTranslation("casework.inbox.due"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("casework.inbox.actions")).setAutoWidth(true)
                .setKey("actions");
        tabs.addSelectedChangeListener(e -> refresh());
        add(new H2(getTranslation("casework.inbox.title")), tabs, grid);
        refresh();
    }

    boolean showingMine() {
        return tabs.getSelectedTab() == mineTab;
    }

    public int mineTabCount() {
        return inbox.myTasks(user).size();
    }

    void refresh() {
        List<TaskItem> mine = inbox.myTasks(user);
        List<TaskItem> group = inbox.groupTasks(user);
        mineTab.setLabel(getTranslation("casework.inbox.mine", mine.size()));
        groupTab.setLabel(getTranslation("casework.inbox.group", group.size()));
        grid.setItems(showingMine() ? mine : group);
    }

    private Span due(TaskItem task) {
        Span due = new Span(Formats.dateTime(task.due()));
        if (task.overdue()) {
            due.setText(due.getText() + " " + getTranslation("casework.inbox.overdue"));
            due.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return due;
    }

    private HorizontalLayout actions(TaskItem task) {
        HorizontalLayout actions = new HorizontalLayout();
        if (showingMine()) {
            Button open = new Button(getTranslation("casework.inbox.open"), click -> open(task));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            open.setId("open-" + task.caseNo());
            Button unclaim = new Button(getTranslation("casework.inbox.unclaim"), click -> act(() -> inbox.unclaim(
                    task.taskId(), user)));
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(open, unclaim);
        } else {
            Button claim = new Button(getTranslation("casework.inbox.claim"), click -> act(() -> inbox.claim(
                    task.taskId(), user)));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            claim.setId("claim-" + task.caseNo());
            actions.add(claim);
        }
        return actions;
    }

    void open(TaskItem task) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, new RouteParameters("taskId", task.taskId())));
    }

    void act(Runnable action) {
        try {
            action.run();
        } catch (BangfuException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.args().toArray()));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.inbox.title");
    }
}
