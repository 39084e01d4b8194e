package org.bangfu.casework.ui;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.casework.CaseDetail;
import org.bangfu.casework.CaseViews;
import org.bangfu.workflow.WorkItems;
import org.bangfu.workflow.TaskItem;
import org.bangfu.casework.ui.forms.FormServices;
import org.bangfu.casework.ui.forms.TaskContext;
import org.bangfu.casework.ui.forms.TaskForm;
import org.bangfu.casework.ui.forms.TaskForms;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shared.BangfuException;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** A task (办理): the case in brief with a link to it, then the form of the task's kind. */
@Route("tasks/:taskId")
@RolesAllowed({Role.CASE_WORKER_NAME, Role.APPROVER_NAME})
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkItems inbox;
    private final CaseViews views;
    private final FormServices services;
    private final CurrentUser user;
    private String title = "";
    /** The form shown (id task-form). */
    private Component form;

    public TaskView(WorkItems inbox, CaseViews views, FormServices services, CurrentUsers users) {
        this.inbox = inbox;
        this.views = views;
        this.services = services;
        this.user = users.require();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElseThrow();
        removeAll();
        try {
            TaskItem task = inbox.task(taskId, user);
            if (task.caseNo() == null) {
                // not a case step (a warmth campaign's): it is worked on its own screen
                event.forwardTo(task.route());
                return;
            }
            CaseDetail detail = views.detail(task.caseNo(), user);
            title = getTranslation("task." + task.taskKey()) + " \u00b7 " + task.caseNo();
            H2 heading = new H2(title);
            heading.setId("task-title");
            RouterLink toCase = new RouterLink(getTranslation("casework.task.openCase", task.caseNo()),
                    CaseDetailView.class, new RouteParameters("caseNo", task.caseNo()));
            toCase.setId("task-case-link");
            Span due = new Span(getTranslation("casework.inbox.due") + ": " + Formats.dateTime(task.due()));
            if (task.overdue()) {
                due.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            Details summary = new Details(getTranslation("casework.task.caseSummary"), new CaseSummary(detail));
            summary.setOpened(true);
            summary.setWidthFull();
            form = TaskForms.create(new TaskContext(task, detail, user, services));
            if (form instanceof TaskForm taskForm) {
                taskForm.onDone(() -> getUI().ifPresent(ui -> ui.navigate(org.bangfu.workflow.ui.InboxView.class)));
            }
            HorizontalLayout top = new HorizontalLayout(toCase, due);
            top.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent
                    .Alignment.BASELINE);
            if (!user.username().equals(task.assignee())) {
                // Opened by address or from the case before claiming: the form only works once the task is mine.
                form.setVisible(false);
                Button claim = new Button(getTranslation("casework.inbox.claim"), click -> claim(taskId, event));
                claim.setId("task-claim");
                top.add(claim);
            }
            add(heading, top, summary, form);
        } catch (BangfuException refused) {
            add(new H2(getTranslation(refused.messageKey(), refused.args().toArray())));
        }
    }

    private void claim(String taskId, BeforeEnterEvent event) {
        // a refusal goes to the session's error handler
        inbox.claim(taskId, user);
        beforeEnter(event);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
