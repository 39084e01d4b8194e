package org.bangfu.casework.ui.forms;

import org.bangfu.identification.process.CompleteEmergencyFileTask;
import org.bangfu.identification.ui.HouseholdEditor;
import org.bangfu.shell.ui.Texts;
import org.bangfu.identification.CompleteFileCommand;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * After emergency relief: complete the temporary file into a full application with the household (the same editor
 * as intake; the applicant is known), or cancel it with a reason.
 */
public class CompleteEmergencyForm extends TaskForm<CompleteEmergencyFileTask> {

    private final RadioButtonGroup<Boolean> complete;
    private final HouseholdEditor household = new HouseholdEditor();
    private final TextArea cancelReason = new TextArea();

    public CompleteEmergencyForm(TaskContext context) {
        super(context);
        complete = errors.add("complete", Texts.choice(this, "casework.form.completeEmergency.choice",
                "casework.form.completeEmergency.complete", "casework.form.completeEmergency.cancel"));
        complete.setId("complete-emergency-choice");
        complete.setValue(true);
        household.householdYearlyIncome.setValue(context.detail().hardshipCase().householdYearlyIncome());
        household.rigidExpenses.setValue(context.detail().hardshipCase().rigidExpenses());
        cancelReason.setLabel(getTranslation("casework.form.completeEmergency.cancelReason"));
        cancelReason.setId("complete-emergency-cancel-reason");
        cancelReason.setVisible(false);
        cancelReason.setWidthFull();
        complete.addValueChangeListener(e -> {
            household.setVisible(!Boolean.FALSE.equals(e.getValue()));
            cancelReason.setVisible(Boolean.FALSE.equals(e.getValue()));
        });
        household.register(errors);
        errors.add("cancelReason", cancelReason);
        add(complete, household, cancelReason, submit);
    }

    @Override
    protected void complete() {
        boolean completing = require(complete.getValue(), "complete");
        finish(new CompleteEmergencyFileTask.Completion(completing, completing
                ? new CompleteFileCommand(household.householdSize.getValue(),
                household.householdYearlyIncome.getValue(), household.rigidExpenses.getValue(), household.profile(),
                household.memberCommands()) : null, cancelReason.getValue()));
    }
}
