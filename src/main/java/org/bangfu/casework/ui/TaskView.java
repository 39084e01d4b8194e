package org.bangfu.casework.ui;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.casework.TaskActions;
import org.bangfu.casework.CaseDetail;
import org.bangfu.casework.CaseViews;
import org.bangfu.casework.TaskInbox;
import org.bangfu.casework.TaskItem;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shared.BangfuException;
import org.bangfu.shared.InvalidInputException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** The approval task form (审批): the case's facts and grading, then approve with an amount or reject with a reason. */
@Route("tasks/:taskId")
@RolesAllowed(Role.APPROVER_NAME)
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public final RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>();
    public final BigDecimalField amount = new BigDecimalField();
    public final TextArea reason = new TextArea();
    public final Button submit = new Button();

    private final TaskInbox inbox;
    private final TaskActions actions;
    private final CaseViews views;
    private final CurrentUser user;
    private String taskId;

    public TaskView(TaskInbox inbox, TaskActions actions, CaseViews views, CurrentUsers users) {
        this.inbox = inbox;
        this.actions = actions;
        this.views = views;
        this.user = users.require();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElseThrow();
        removeAll();
        try {
            TaskItem task = inbox.task(taskId, user);
            CaseDetail detail = views.detail(task.caseNo(), user);
            add(new H2(getTranslation("task." + task.taskKey()) + " · " + task.caseNo()),
                    new CaseSummary(detail), decisionForm(detail));
        } catch (BangfuException refused) {
            add(new H2(getTranslation(refused.messageKey(), refused.args().toArray())));
        }
    }

    private VerticalLayout decisionForm(CaseDetail detail) {
        decision.setId("decision");
        decision.setLabel(getTranslation("casework.task.decision"));
        decision.setItems(Boolean.TRUE, Boolean.FALSE);
        decision.setItemLabelGenerator(v -> getTranslation(v ? "casework.task.approve" : "casework.task.reject"));
        amount.setId("decision-amount");
        amount.setLabel(getTranslation("casework.task.amount"));
        amount.setVisible(false);
        reason.setId("decision-reason");
        reason.setLabel(getTranslation("casework.task.reason"));
        reason.setWidthFull();
        decision.addValueChangeListener(e -> {
            amount.setVisible(!Boolean.FALSE.equals(e.getValue()));
            reason.setVisible(!Boolean.TRUE.equals(e.getValue()));
        });
        submit.setText(getTranslation("casework.task.submit"));
        submit.setId("decision-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        return new VerticalLayout(decision, amount, reason, submit);
    }

    void submit() {
        decision.setInvalid(false);
        amount.setInvalid(false);
        reason.setInvalid(false);
        try {
            actions.decideFile(taskId, new DecisionCommand(decision.getValue() == null ? null : decision.getValue() ? Outcome.APPROVED : Outcome.REJECTED, reason.getValue()), user);
            Notification.show(getTranslation("casework.task.done"));
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (InvalidInputException refused) {
            refused.errors().forEach(error -> {
                String message = getTranslation(error.messageKey(), error.args().toArray());
                switch (error.field()) {
                    case "amount" -> { amount.setErrorMessage(message); amount.setInvalid(true); }
                    case "reason" -> { reason.setErrorMessage(message); reason.setInvalid(true); }
                    default -> { decision.setErrorMessage(message); decision.setInvalid(true); }
                }
            });
        } catch (BangfuException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.args().toArray()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.Task_ApproveAid");
    }
}
