package org.bangfu.workflow.ui;

import org.bangfu.organization.People;
import org.bangfu.shell.ui.Persons;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import org.bangfu.workflow.TaskFilter;
import org.bangfu.workflow.WorkItems;
import org.bangfu.workflow.TaskItem;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * The task inbox (待办): my tasks, tasks my groups may claim, or both; only overdue ones, one task type, a case number
 * or worker name; earliest due first. Claim, unclaim and open per row, and claim several at once.
 */
@Route("")
@Menu(order = 1, title = "menu.inbox")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final Tab mineTab = new Tab();
    private final Tab groupTab = new Tab();
    private final Tab allTab = new Tab();
    private final Tabs tabs = new Tabs(mineTab, groupTab, allTab);
    private final Checkbox overdueOnly = new Checkbox();
    private final ComboBox<String> taskType = new ComboBox<>();
    private final TextField search = new TextField();
    private final Button claimSelected = new Button();
    private final Grid<TaskItem> grid = new Grid<>();

    private final WorkItems inbox;
    private final People people;
    private final CurrentUser user;

    public InboxView(WorkItems inbox, CurrentUsers users, People people) {
        this.people = people;
        this.inbox = inbox;
        this.user = users.require();
        mineTab.setId("tab-mine");
        groupTab.setId("tab-group");
        allTab.setId("tab-all");
        overdueOnly.setLabel(getTranslation("casework.inbox.overdueOnly"));
        overdueOnly.setId("inbox-overdue");
        taskType.setLabel(getTranslation("casework.inbox.taskType"));
        taskType.setItems(inbox.taskKeys());
        taskType.setItemLabelGenerator(key -> getTranslation("task." + key));
        taskType.setClearButtonVisible(true);
        taskType.setId("inbox-task-type");
        search.setLabel(getTranslation("casework.inbox.search"));
        search.setPlaceholder(getTranslation("casework.inbox.searchHint"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("inbox-search");
        claimSelected.setText(getTranslation("casework.inbox.claimSelected"));
        claimSelected.setId("inbox-claim-selected");
        claimSelected.addClickListener(click -> claimSelected());
        HorizontalLayout filters = new HorizontalLayout(taskType, search, overdueOnly, claimSelected);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("inbox-grid");
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("casework.inbox.empty"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(this::title).setHeader(getTranslation("casework.inbox.task")).setAutoWidth(true)
                .setKey("task");
        grid.addColumn(TaskItem::reference).setHeader(getTranslation("casework.inbox.caseNo")).setAutoWidth(true);
        grid.addColumn(TaskItem::workerName).setHeader(getTranslation("casework.inbox.worker"));
        grid.addColumn(TaskItem::unitName).setHeader(getTranslation("casework.inbox.unit")).setAutoWidth(true);
        grid.addColumn(t -> t.grade() == null ? "" : getTranslation(t.grade()))
                .setHeader(getTranslation("casework.inbox.grade")).setKey("grade");
        grid.addColumn(t -> t.amount() == null ? "" : Formats.money(t.amount()))
                .setHeader(getTranslation("casework.inbox.amount")).setKey("amount");
        grid.addColumn(t -> Formats.dateTime(t.created())).setHeader(getTranslation("casework.inbox.created"));
        grid.addComponentColumn(this::due).setHeader(getTranslation("casework.inbox.due")).setKey("due");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("casework.inbox.actions")).setAutoWidth(true)
                .setKey("actions");
        tabs.setId("inbox-tabs");
        tabs.addSelectedChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        taskType.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("casework.inbox.title")), tabs, filters, grid);
        refresh();
    }

    public TaskFilter.Scope scope() {
        if (tabs.getSelectedTab() == groupTab) {
            return TaskFilter.Scope.GROUP;
        }
        return tabs.getSelectedTab() == allTab ? TaskFilter.Scope.ALL : TaskFilter.Scope.MINE;
    }

    public TaskFilter filter() {
        return new TaskFilter(scope(), overdueOnly.getValue(), taskType.getValue(), search.getValue());
    }

    public int mineTabCount() {
        return inbox.count(TaskFilter.mine(), user);
    }

    /**
     * Counts for the tabs (two counts in the database) and a lazy grid: each page the grid shows is one SQL page,
     * its size one SQL count, whatever the number of open tasks.
     */
    public void refresh() {
        mineTab.setLabel(getTranslation("casework.inbox.mine", inbox.count(TaskFilter.mine(), user)));
        groupTab.setLabel(getTranslation("casework.inbox.group", inbox.count(TaskFilter.group(), user)));
        allTab.setLabel(getTranslation("casework.inbox.all"));
        TaskFilter filter = filter();
        grid.deselectAll();
        grid.setItems(query -> inbox.items(filter, user, query.getOffset(), query.getLimit()).stream(),
                query -> inbox.count(filter, user));
        claimSelected.setEnabled(scope() != TaskFilter.Scope.MINE);
    }

    private HorizontalLayout title(TaskItem task) {
        HorizontalLayout title = new HorizontalLayout(new Span(getTranslation("task." + task.taskKey())));
        title.setSpacing(true);
        if (task.badge() != null) {
            Span tier = new Span(getTranslation(task.badge()));
            tier.getElement().getThemeList().add("badge contrast");
            title.add(tier);
        }
        if (task.escalatedTo() != null) {
            Span escalated = new Span(getTranslation("casework.inbox.escalated", task.escalatedTo()));
            escalated.getElement().getThemeList().add("badge error");
            escalated.setId("escalated-" + task.caseNo());
            title.add(escalated);
        }
        return title;
    }

    private Span due(TaskItem task) {
        Span due = new Span(Formats.dateTime(task.due()));
        if (task.overdue()) {
            due.setText(due.getText() + " " + getTranslation("casework.inbox.overdue"));
            due.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
        }
        return due;
    }

    private HorizontalLayout actions(TaskItem task) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!task.route().startsWith("tasks/")) {
            // a campaign step is worked by the unit's group on the campaign screen, without claiming it
            Button open = new Button(getTranslation("casework.inbox.open"),
                    click -> getUI().ifPresent(ui -> ui.navigate(task.route())));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            open.setId("open-" + task.taskId());
            actions.add(open);
        } else if (user.username().equals(task.assignee())) {
            Button open = new Button(getTranslation("casework.inbox.open"), click -> open(task));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            open.setId("open-" + task.caseNo());
            Button unclaim = new Button(getTranslation("casework.inbox.unclaim"), click -> act(() -> inbox.unclaim(
                    task.taskId(), user)));
            unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(open, unclaim);
        } else if (task.assignee() == null) {
            Button claim = new Button(getTranslation("casework.inbox.claim"), click -> act(() -> inbox.claim(
                    task.taskId(), user)));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            claim.setId("claim-" + task.caseNo());
            actions.add(claim);
        } else {
            actions.add(Persons.span(this, people, task.assignee()));
        }
        return actions;
    }

    /** Claims every selected task it can and says how many were claimed and why the others were refused. */
    public WorkItems.BulkClaim claimSelected() {
        List<String> ids = grid.getSelectedItems().stream().filter(t -> t.assignee() == null)
                .map(TaskItem::taskId).toList();
        WorkItems.BulkClaim result = inbox.claimAll(ids, user);
        java.util.Map<String, String> caseOf = grid.getSelectedItems().stream()
                .collect(java.util.stream.Collectors.toMap(TaskItem::taskId, TaskItem::caseNo, (a, b) -> a));
        StringBuilder text = new StringBuilder(getTranslation("casework.inbox.claimed", result.claimed(),
                result.refused().size()));
        // which task failed and why: the case number with the refusal's own text
        result.results().stream().filter(r -> !r.claimed())
                .forEach(r -> text.append(' ').append(getTranslation("duties.inbox.refusedTask",
                        caseOf.getOrDefault(r.taskId(), r.taskId()),
                        getTranslation(r.reasonKey(), r.reasonArgs().toArray()))));
        Notification.show(text.toString(), 5000, Notification.Position.BOTTOM_START);
        refresh();
        return result;
    }

    void open(TaskItem task) {
        getUI().ifPresent(ui -> ui.navigate(task.route()));
    }

    /** Claims or unclaims; a refusal (the task was taken meanwhile) goes to the session's handler, and the list
     * shows the tasks as they are now either way. */
    void act(Runnable action) {
        try {
            action.run();
        } finally {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.inbox.title");
    }
}
