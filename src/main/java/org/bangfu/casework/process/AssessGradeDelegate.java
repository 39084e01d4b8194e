package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AssessGrade: grades the file (ending it with the table's reason when not eligible); sets {@code eligible}. */
@Component("assessGradeDelegate")
class AssessGradeDelegate implements JavaDelegate {

    private final FileLifecycle lifecycle;

    AssessGradeDelegate(FileLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = (Long) execution.getVariable(ProcessIds.VAR_CASE_ID);
        execution.setVariable(ProcessIds.VAR_ELIGIBLE, lifecycle.gradeForIntake(caseId));
    }
}
