package org.bangfu.casework.process;

import org.bangfu.grading.Grade;
import org.bangfu.grading.GradeAssessment;
import org.bangfu.grading.GradingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AssessGrade: grades the case and sets the {@code eligible} gateway flag. */
@Component("assessGradeDelegate")
class AssessGradeDelegate implements JavaDelegate {

    private final GradingService grading;

    AssessGradeDelegate(GradingService grading) {
        this.grading = grading;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(ProcessIds.VAR_CASE_ID);
        GradeAssessment assessment = grading.assess(caseId);
        Grade grade = assessment.outcome().grade();
        execution.setVariable(ProcessIds.VAR_GRADE, grade.name());
        execution.setVariable(ProcessIds.VAR_ELIGIBLE, grade != Grade.NOT_ELIGIBLE);
    }
}
