package org.bangfu.casework.ui.forms;

import org.bangfu.shell.FieldErrors;
import org.bangfu.workflow.TaskKind;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A form completing one kind of user task, the {@link TaskKind} {@code K}. Subclasses lay out their fields, register them in {@link #errors} under
 * the service's field names and call the task action in {@link #complete()}; a refusal is shown beside the fields
 * and nothing is saved, success goes back to the inbox with a notification.
 */
public abstract class TaskForm<K extends TaskKind<?>> extends VerticalLayout {

    protected final TaskContext context;
    protected final FieldErrors errors = new FieldErrors(this);
    final Button submit = new Button();
    private Runnable done = () -> { };

    protected TaskForm(TaskContext context) {
        this.context = context;
        setPadding(false);
        setId("task-form");
        submit.setText(getTranslation("casework.form.submit"));
        submit.setId("task-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
    }

    /** Adds the fields in a responsive form and the submit button below them. */
    protected void layout(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setWidthFull();
        add(form, submit);
    }

    /** What to do after the task was completed (the screen navigates back to the inbox). */
    public void onDone(Runnable done) {
        this.done = done;
    }

    protected abstract void complete();

    /** Completes the task with the kind's command, through the one task model (same checks as REST). */
    protected void finish(Object command) {
        context.services().work.complete(context.taskId(), command, context.user());
    }

    public void submit() {
        // a refusal (also one wrapped by the engine) is shown beside its fields; anything else goes to the session's
        // error handler
        if (!errors.run(this::complete)) {
            return;
        }
        Notification.show(getTranslation("casework.form.done", getTranslation("task." + context.task().taskKey()),
                context.task().caseNo()), 4000, Notification.Position.BOTTOM_START);
        done.run();
    }

    /** An empty choice is refused like the services refuse a missing value: "required" beside the field. */
    protected static <T> T require(T value, String name) {
        if (value == null) {
            throw new org.bangfu.shared.InvalidInputException(
                    org.bangfu.shared.FieldError.of(name, "validation.required"));
        }
        return value;
    }
}
