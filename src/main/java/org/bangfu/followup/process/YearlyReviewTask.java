package org.bangfu.followup.process;

import java.math.BigDecimal;
import java.util.Map;

import org.bangfu.identification.CaseTaskKind;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 年度复核: the case worker confirms or corrects the household income; re-grading follows. */
@Component
public class YearlyReviewTask extends CaseTaskKind<YearlyReviewTask.Income> {

    public record Income(BigDecimal householdYearlyIncome, BigDecimal rigidExpenses) {
    }

    private final IdentificationService files;

    YearlyReviewTask(IdentificationService files) {
        super("Task_YearlyReview", "yearly-review", Income.class);
        this.files = files;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Income income, CurrentUser user) {
        files.updateIncome(caseId(task), income.householdYearlyIncome(), income.rigidExpenses(), user);
        return Map.of();
    }
}
