package org.bangfu.casework.ui.forms;

import org.bangfu.followup.process.YearlyReviewTask;
import org.bangfu.identification.HardshipCase;

import com.vaadin.flow.component.textfield.BigDecimalField;

/** The yearly review: the case worker confirms or corrects the household income; re-grading follows. */
public class YearlyReviewForm extends TaskForm<YearlyReviewTask> {

    private final BigDecimalField householdYearlyIncome = new BigDecimalField();
    private final BigDecimalField rigidExpenses = new BigDecimalField();

    public YearlyReviewForm(TaskContext context) {
        super(context);
        HardshipCase c = context.detail().hardshipCase();
        householdYearlyIncome.setLabel(getTranslation("casework.intake.householdYearlyIncome"));
        householdYearlyIncome.setValue(c.householdYearlyIncome());
        householdYearlyIncome.setId("review-income");
        rigidExpenses.setLabel(getTranslation("casework.intake.rigidExpenses"));
        rigidExpenses.setValue(c.rigidExpenses());
        rigidExpenses.setId("review-rigid");
        errors.add("householdYearlyIncome", householdYearlyIncome);
        errors.add("rigidExpenses", rigidExpenses);
        layout(householdYearlyIncome, rigidExpenses);
    }

    @Override
    protected void complete() {
        finish(new YearlyReviewTask.Income(householdYearlyIncome.getValue(), rigidExpenses.getValue()));
    }
}
