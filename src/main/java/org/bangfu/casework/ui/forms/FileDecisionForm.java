package org.bangfu.casework.ui.forms;

import org.bangfu.approval.process.FileDecisionTask;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** The county union's decision on the file: approve (the file opens), reject, or return for more information. */
public class FileDecisionForm extends TaskForm<FileDecisionTask> {

    private final RadioButtonGroup<Outcome> decision = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();

    public FileDecisionForm(TaskContext context) {
        super(context);
        decision.setLabel(getTranslation("casework.task.decision"));
        decision.setItems(Outcome.values());
        decision.setItemLabelGenerator(o -> Texts.enumText(this, o));
        decision.setId("decision");
        reason.setLabel(getTranslation("casework.form.reason"));
        reason.setHelperText(getTranslation("casework.form.reasonHelper"));
        reason.setWidthFull();
        reason.setId("decision-reason");
        submit.setId("decision-submit");
        errors.add("decision", decision);
        errors.add("outcome", decision);
        errors.add("reason", reason);
        layout(decision, reason);
    }

    @Override
    protected void complete() {
        finish(new DecisionCommand(decision.getValue(), reason.getValue()));
    }
}
