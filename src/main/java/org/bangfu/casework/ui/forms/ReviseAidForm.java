package org.bangfu.casework.ui.forms;

import org.bangfu.approval.process.ReviseAidRequestTask;
import java.util.Comparator;

import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidStatus;
import org.bangfu.approval.ApprovalStep;
import org.bangfu.approval.Outcome;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/** A returned aid request: resubmit with a new amount and purpose (caps checked again), or withdraw it. */
public class ReviseAidForm extends TaskForm<ReviseAidRequestTask> {

    private final RadioButtonGroup<Boolean> resubmit;
    private final BigDecimalField amount = new BigDecimalField();
    private final TextArea purposeOrReason = new TextArea();

    public ReviseAidForm(TaskContext context) {
        super(context);
        AidRequest request = AidRequests.of(context, AidStatus.RETURNED, false).orElse(null);
        if (request == null) {
            add(new Paragraph(getTranslation("casework.form.aid.none")));
        } else {
            add(AidRequests.show(this, context, request));
            context.services().aid.steps(request.id()).stream().filter(s -> s.outcome() == Outcome.RETURNED)
                    .max(Comparator.comparing(ApprovalStep::decidedAt)).ifPresent(step -> add(new Paragraph(
                            getTranslation("casework.form.provideInfo.returnReason") + ": " + step.reason())));
            amount.setValue(request.amount());
            purposeOrReason.setValue(request.purpose());
        }
        resubmit = errors.add("resubmit", Texts.choice(this, "casework.form.provideInfo.choice",
                "casework.form.reviseAid.resubmit", "casework.form.reviseAid.withdraw"));
        resubmit.setId("revise-resubmit");
        resubmit.addValueChangeListener(e -> amount.setEnabled(!Boolean.FALSE.equals(e.getValue())));
        amount.setLabel(getTranslation("casework.form.aid.amount"));
        amount.setId("revise-amount");
        purposeOrReason.setLabel(getTranslation("casework.form.reviseAid.purposeOrReason"));
        purposeOrReason.setId("revise-purpose");
        errors.add("amount", amount);
        errors.add("purpose", purposeOrReason);
        errors.add("reason", purposeOrReason);
        layout(resubmit, amount, purposeOrReason);
    }

    @Override
    protected void complete() {
        finish(new ReviseAidRequestTask.Revision(require(resubmit.getValue(), "resubmit"), amount.getValue(),
                purposeOrReason.getValue()));
    }
}
