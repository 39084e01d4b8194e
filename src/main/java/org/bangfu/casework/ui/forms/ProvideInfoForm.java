package org.bangfu.casework.ui.forms;

import org.bangfu.approval.process.ProvideInfoTask;
import java.util.Comparator;

import org.bangfu.approval.ApprovalStep;
import org.bangfu.approval.Outcome;
import org.bangfu.approval.Subject;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** The case worker answers a returned file: resubmit with what was added, or withdraw the application. */
public class ProvideInfoForm extends TaskForm<ProvideInfoTask> {

    private final RadioButtonGroup<Boolean> resubmit;
    private final TextArea note = new TextArea();

    public ProvideInfoForm(TaskContext context) {
        super(context);
        FormLayout returned = new FormLayout();
        context.detail().approvals().stream()
                .filter(s -> s.subject() == Subject.FILE && s.outcome() == Outcome.RETURNED)
                .max(Comparator.comparing(ApprovalStep::decidedAt))
                .ifPresent(step -> Texts.item(returned, getTranslation("casework.form.provideInfo.returnReason"),
                        step.reason() + " (" + step.decidedBy() + ")"));
        resubmit = errors.add("resubmit", Texts.choice(this, "casework.form.provideInfo.choice",
                "casework.form.provideInfo.resubmit", "casework.form.provideInfo.withdraw"));
        resubmit.setId("provide-info-resubmit");
        note.setLabel(getTranslation("casework.form.provideInfo.note"));
        note.setId("provide-info-note");
        errors.add("note", note);
        add(returned);
        layout(resubmit, note);
    }

    @Override
    protected void complete() {
        finish(new ProvideInfoTask.Answer(require(resubmit.getValue(), "resubmit"), note.getValue()));
    }
}
