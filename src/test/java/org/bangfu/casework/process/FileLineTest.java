package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.YearMonth;

import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.followup.ExitOutcome;
import org.bangfu.followup.ExitRoute;
import org.bangfu.followup.FollowUpService;
import org.bangfu.identification.HardshipCase;
import org.bangfu.shared.ConflictException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A file's life is a line of instances that each end (issue 13): the application opens the file and starts a
 * follow-up period; the period hands out visits as instances of their own and is ended once the file's yearly review
 * (an instance of its own) has re-graded it, which starts the next period; an exit request hands the file to the exit, which gives
 * it back to a new period when the file stays. Every instance carries the case number as business key.
 */
class FileLineTest extends ProcessTestSupport {

    @Autowired FollowUpService followUp;

    @Test
    void visitsReviewsAndExitsAreInstancesOfTheirOwnAndEachPeriodEnds() {
        HardshipCase c = openFile();
        ProcessInstance period = fileProcess(c);
        assertThat(fileProcessKey(c)).isEqualTo(ProcessIds.FOLLOW_UP_PROCESS);
        assertThat(period).isWaitingAt(ProcessIds.EVENT_EXIT_REQUESTED);

        // the visit cycle of the grade hands out a visit of its own
        moveClockTo(today().plusMonths(3).plusDays(1), 9);
        runJobs(c);
        Task visit = openTask(c, ProcessIds.TASK_FOLLOW_UP_VISIT);
        assertThat(keyOf(visit)).isEqualTo(ProcessIds.FOLLOW_UP_VISIT_PROCESS);
        claim(c, ProcessIds.TASK_FOLLOW_UP_VISIT, CW);

        // the yearly review is an instance of its own; the period runs on until the file is re-graded, then it ends
        // and the next one starts (with the new grade's visit cycle, on the latest model)
        caseActions.startReverification(today().getYear(), 7L, user(CW));
        runReviewJobs();
        Task review = openTask(c, ProcessIds.TASK_YEARLY_REVIEW);
        assertThat(keyOf(review)).isEqualTo(ProcessIds.CASE_REVIEW_PROCESS);
        assertThat(fileProcess(c).getId()).as("the period runs on during the review").isEqualTo(period.getId());
        actions.yearlyReview(claim(c, ProcessIds.TASK_YEARLY_REVIEW, CW), money("24000.00"), money("6000.00"),
                user(CW));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(period.getId()).singleResult())
                .as("the old period ended").isNull();
        assertThat(passed(c, ProcessIds.END_PERIOD_ENDED)).isEqualTo(1);
        ProcessInstance next = fileProcess(c);
        assertThat(next.getId()).isNotEqualTo(period.getId());
        assertThat(next).isWaitingAt(ProcessIds.EVENT_EXIT_REQUESTED);
        assertThat(runtime.getVariable(next.getId(), ProcessIds.VAR_VISIT_CYCLE)).isEqualTo("R/P1M");
        Task stillOpen = tasks.createTaskQuery().taskId(visit.getId()).singleResult();
        assertThat(stillOpen).as("ending a period cancels nobody's work").isNotNull();
        assertThat(stillOpen.getAssignee()).isEqualTo(CW);

        // an exit request hands the file to the exit; an assessment that keeps the file starts a new period
        caseActions.requestExitAssessment(c.id(), user(CW));
        assertThat(fileProcessKey(c)).isEqualTo(ProcessIds.EXIT_PROCESS);
        assertThat(passed(c, ProcessIds.END_EXIT_ASSESSING)).isEqualTo(1);
        assertThatThrownBy(() -> caseActions.requestExitAssessment(c.id(), user(CW)))
                .as("one exit at a time").isInstanceOf(ConflictException.class);
        actions.assessExit(claim(c, ProcessIds.TASK_ASSESS_EXIT, CW),
                new ExitAssessmentCommand(ExitOutcome.CONTINUE, false, "仍需帮扶", null), user(CW));
        assertThat(passed(c, ProcessIds.END_FOLLOW_UP_RESUMED)).isEqualTo(1);
        assertThat(fileProcessKey(c)).isEqualTo(ProcessIds.FOLLOW_UP_PROCESS);
        assertThat(fileProcess(c)).isWaitingAt(ProcessIds.EVENT_EXIT_REQUESTED);

        // an exit the county does not approve gives the file back to a new period too
        YearMonth now = YearMonth.from(today());
        for (int i = 5; i >= 0; i--) {
            followUp.recordMonthlyIncome(c.id(), now.minusMonths(i), money("1200.00"), user(CW));
        }
        caseActions.requestExitAssessment(c.id(), user(CW));
        actions.assessExit(claim(c, ProcessIds.TASK_ASSESS_EXIT, CW),
                new ExitAssessmentCommand(ExitOutcome.EXIT, true, "已再就业", ExitRoute.EMPLOYMENT), user(CW));
        actions.decideExit(claim(c, ProcessIds.TASK_APPROVE_EXIT, APPROVER),
                new ExitDecisionCommand(false, null, null, "就业尚不稳定"), user(APPROVER));
        assertThat(passed(c, ProcessIds.END_FOLLOW_UP_RESUMED)).isEqualTo(2);
        assertThat(fileProcessKey(c)).isEqualTo(ProcessIds.FOLLOW_UP_PROCESS);
        assertThat(fileProcess(c)).isWaitingAt(ProcessIds.EVENT_EXIT_REQUESTED);
        assertThat(instances(c)).extracting(p -> p.getBusinessKey()).containsOnly(c.caseNo());
    }

    private String keyOf(Task task) {
        return engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
    }
}
