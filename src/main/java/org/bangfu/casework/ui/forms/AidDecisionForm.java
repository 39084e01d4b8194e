package org.bangfu.casework.ui.forms;

import java.util.Arrays;

import org.bangfu.approval.AidStatus;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.shell.ui.Texts;
import org.bangfu.workflow.TaskKind;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * One tier's decision on an aid request (Task_ApproveAid) or on emergency relief (Task_ApproveEmergency, which
 * cannot be returned): the request, its cap and the lower tiers' decisions are shown first.
 */
public abstract class AidDecisionForm<K extends TaskKind<DecisionCommand>> extends TaskForm<K> {

    private final RadioButtonGroup<Outcome> decision = new RadioButtonGroup<>();
    private final TextArea reason = new TextArea();

    protected AidDecisionForm(TaskContext context, boolean emergency) {
        super(context);
        AidRequests.of(context, AidStatus.PENDING, emergency).ifPresentOrElse(
                request -> add(AidRequests.show(this, context, request)),
                () -> add(new Paragraph(getTranslation("casework.form.aid.none"))));
        decision.setLabel(getTranslation("casework.task.decision"));
        decision.setItems(Arrays.stream(Outcome.values()).filter(o -> !emergency || o != Outcome.RETURNED).toList());
        decision.setItemLabelGenerator(o -> Texts.enumText(this, o));
        decision.setId("decision");
        reason.setLabel(getTranslation("casework.form.reason"));
        reason.setHelperText(getTranslation("casework.form.reasonHelper"));
        reason.setId("decision-reason");
        submit.setId("decision-submit");
        errors.add("decision", decision);
        errors.add("reason", reason);
        layout(decision, reason);
    }

    @Override
    protected void complete() {
        finish(new DecisionCommand(decision.getValue(), reason.getValue()));
    }
}
