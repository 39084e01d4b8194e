package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.bangfu.approval.AidRequestCommand;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.followup.ExitOutcome;
import org.bangfu.followup.ExitRoute;
import org.bangfu.followup.FollowUpService;
import org.bangfu.followup.GradualExitTerms;
import org.bangfu.followup.RelapseReport;
import org.bangfu.followup.ReverificationItem;
import org.bangfu.followup.ReverificationRun;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.identification.AidType;
import org.bangfu.identification.CaseKind;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** HardshipCaseProcess after the file opens: exit with gradual exit, archive, watch-list, relapse, yearly review. */
class FileAfterOpeningTest extends ProcessTestSupport {

    @Autowired FollowUpService followUp;

    /** An opened file that received 3,600 of living aid: a former monthly aid of 300. */
    private HardshipCase openFileWithAid() {
        HardshipCase c = openFile();
        caseActions.requestAid(new AidRequestCommand(c.id(), AidType.LIVING, money("3600.00"), null, null, "生活救助"),
                user(CW));
        actions.decideAid(claim(c, ProcessIds.TASK_APPROVE_AID, APPROVER), new DecisionCommand(Outcome.APPROVED, null),
                user(APPROVER));
        bankPays(c);
        return reload(c);
    }

    private void incomeAboveDibaoFor(HardshipCase c, int months) {
        YearMonth now = YearMonth.from(today());
        for (int i = months - 1; i >= 0; i--) {
            followUp.recordMonthlyIncome(c.id(), now.minusMonths(i), money("1200.00"), user(CW));
        }
    }

    private void exitWith(HardshipCase c, int months, String monthlyAid) {
        caseActions.requestExitAssessment(c.id(), user(CW));
        actions.assessExit(claim(c, ProcessIds.TASK_ASSESS_EXIT, CW),
                new ExitAssessmentCommand(ExitOutcome.EXIT, true, "已再就业", ExitRoute.EMPLOYMENT), user(CW));
        actions.decideExit(claim(c, ProcessIds.TASK_APPROVE_EXIT, APPROVER),
                new ExitDecisionCommand(true, months, money(monthlyAid), null), user(APPROVER));
    }

    /** An exited file after one gradual-exit month, archived, with its first call-back due. */
    private HardshipCase archivedUntilTheFirstCallBack(String gradualAid) {
        HardshipCase c = openFileWithAid();
        incomeAboveDibaoFor(c, 6);
        exitWith(c, 1, gradualAid);
        runJobs(c);
        if (!waitingLines(c).isEmpty()) {
            bankPays(c);
        }
        moveClockTo(today().plusMonths(1).plusDays(1), 9);
        runJobs(c);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.EXITED);
        moveClockTo(today().plusMonths(3).plusDays(1), 9);
        runJobs(c);
        return c;
    }

    @Test
    void exitNeedsSixMonthsAboveDibaoAndTheCausesGone() {
        HardshipCase c = openFileWithAid();
        incomeAboveDibaoFor(c, 5);
        caseActions.requestExitAssessment(c.id(), user(CW));
        String task = claim(c, ProcessIds.TASK_ASSESS_EXIT, CW);
        assertThatThrownBy(() -> actions.assessExit(task, new ExitAssessmentCommand(ExitOutcome.EXIT, true, null,
                ExitRoute.EMPLOYMENT), user(CW))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .singleElement().satisfies(err -> assertThat(err.args()).containsExactly(6, 5)));
        assertThatThrownBy(() -> actions.assessExit(task, new ExitAssessmentCommand(ExitOutcome.RELIEVED, false,
                "依靠低保维持", null), user(CW))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.errors()).extracting(err -> err.field()).containsExactly("route"));
        actions.assessExit(task, new ExitAssessmentCommand(ExitOutcome.RELIEVED, false, "依靠低保维持", ExitRoute.DIBAO),
                user(CW));
        assertThat(reload(c).status()).isEqualTo(CaseStatus.RELIEVED);
        assertThat(fileProcess(c)).isWaitingAt(ProcessIds.EVENT_EXIT_REQUESTED);
    }

    @Test
    void anApprovedExitPaysTheGradualMonthsAtMostSixtyPercentThenArchivesTheFile() {
        HardshipCase c = openFileWithAid();
        incomeAboveDibaoFor(c, 6);
        caseActions.requestExitAssessment(c.id(), user(CW));
        actions.assessExit(claim(c, ProcessIds.TASK_ASSESS_EXIT, CW),
                new ExitAssessmentCommand(ExitOutcome.EXIT, true, "已稳定就业", ExitRoute.EMPLOYMENT), user(CW));
        assertThat(followUp.latestExit(c.id()).orElseThrow().route()).isEqualTo(ExitRoute.EMPLOYMENT);
        GradualExitTerms terms = followUp.gradualExitTerms(followUp.latestExit(c.id()).orElseThrow().id());
        assertThat(terms.minMonths()).isEqualTo(1);
        assertThat(terms.maxMonths()).isEqualTo(6);
        assertThat(terms.maxRatio()).isEqualByComparingTo("0.60");
        assertThat(terms.maxMonthlyAid()).isEqualTo(money("180.00"));
        String approve = claim(c, ProcessIds.TASK_APPROVE_EXIT, APPROVER);
        assertThatThrownBy(() -> actions.decideExit(approve, new ExitDecisionCommand(true, 2, money("180.01"), null),
                user(APPROVER))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .singleElement().satisfies(err -> {
                    assertThat(err.messageKey()).isEqualTo("validation.exit.overRatio");
                    assertThat(err.args()).containsExactly("180.00", "300.00");
                }));
        assertThatThrownBy(() -> actions.decideExit(approve, new ExitDecisionCommand(true, terms.maxMonths() + 1,
                money("100"), null), user(APPROVER))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).singleElement().satisfies(err -> {
                    assertThat(err.field()).isEqualTo("gradualMonths");
                    assertThat(err.args()).containsExactly(1, 6);
                }));
        assertThatThrownBy(() -> actions.decideExit(approve, new ExitDecisionCommand(true, terms.minMonths() - 1,
                money("100"), null), user(APPROVER))).isInstanceOf(InvalidInputException.class);
        org.bangfu.Rest.Reply overRest = new org.bangfu.Rest(baseUrl()).post(APPROVER, "/api/tasks/" + approve
                + "/decide-exit", java.util.Map.of("approve", true, "gradualMonths", 2, "monthlyAid", "200.00"));
        assertThat(overRest.status()).isEqualTo(400);
        assertThat(overRest.json().get("errors").get(0).get("field").asText()).isEqualTo("monthlyAid");
        assertThat(overRest.json().get("errors").get(0).get("message").asText()).contains("180.00", "300.00");
        actions.decideExit(approve, new ExitDecisionCommand(true, 2, money("180.00"), null), user(APPROVER));
        assertThat(reload(c).status()).isEqualTo(CaseStatus.GRADUAL_EXIT);
        runJobs(c);
        for (int month = 1; month <= 2; month++) {
            // each month's line waits for the bank; the next month starts a month after it was paid
            assertThat(reload(c).status()).isEqualTo(CaseStatus.GRADUAL_EXIT);
            bankPays(c);
            moveClockTo(today().plusMonths(1).plusDays(1), 9);
            runJobs(c);
        }
        assertThat(payments.payments(c.id())).filteredOn(p -> p.purpose().equals("GRADUAL_EXIT"))
                .extracting(p -> p.status()).containsExactly(PaymentStatus.PAID, PaymentStatus.PAID);
        HardshipCase archived = reload(c);
        assertThat(archived.status()).isEqualTo(CaseStatus.EXITED);
        assertThat(fileProcess(c)).isWaitingAt("Event_RelapseReported");
        assertThat(followUp.watchList(user(CW))).anyMatch(w -> w.caseId() == c.id() && w.status().equals("WATCHING"));
    }

    @Test
    void aRelapseOpensALinkedFileOnTheShortenedPathAndEndsTheWatch() {
        HardshipCase c = archivedUntilTheFirstCallBack("100.00");
        actions.callBack(claim(c, ProcessIds.TASK_CALL_BACK, CW), true, "再次失业", user(CW));
        HardshipCase relapse = caseActions.reportRelapse(c.id(), new RelapseReport(money("12000.00"),
                money("3000.00"), "再次失业，配偶患病"), user(CW));
        assertThat(relapse.kind()).isEqualTo(CaseKind.RELAPSE);
        assertThat(relapse.previousCaseId()).isEqualTo(c.id());
        assertThat(relapse.householdYearlyIncome()).isEqualByComparingTo("12000.00");
        assertThat(files.household(relapse.id()).members()).hasSize(2);
        assertThat(fileProcess(relapse)).isWaitingAt(ProcessIds.TASK_MEANS_CHECK);
        meansCheck(relapse, cleanCheck());
        assertThat(reload(relapse).status()).isEqualTo(CaseStatus.NOTICE);
        assertThat(reload(relapse).grade()).isEqualTo("DEEP");
        assertThat(fileProcess(c)).isNull();
        assertThat(passed(c, ProcessIds.END_RELAPSED)).isEqualTo(1);
        assertThat(followUp.watchList(user(CW))).anyMatch(w -> w.caseId() == c.id() && w.status().equals("RELAPSED")
                && w.relapseCaseId() == relapse.id());
    }

    @Test
    void theYearlyReviewRegradesEveryOpenFileAndSpotChecksAReproducibleSample() {
        List<HardshipCase> opened = List.of(openFile(), openFile(), openFile());
        int year = today().getYear();
        caseActions.startReverification(year, 20_261_123L, user("cw_canyin"));
        assertThat(followUp.runs(user("cw_canyin"))).as("runs").isNotEmpty();
        ReverificationRun drawn = followUp.runs(user("cw_canyin")).stream().filter(r -> r.year() == year)
                .findFirst().orElseThrow();
        // the request only draws the sample; the files are told in batches, each its own transaction
        assertThat(drawn.notifiedCount()).isZero();
        assertThat(hasTask(opened.get(0), ProcessIds.TASK_YEARLY_REVIEW)).isFalse();
        assertThat(runReviewJobs()).isGreaterThanOrEqualTo(1 + (drawn.fileCount() + 199) / 200);
        ReverificationRun run = followUp.run(drawn.id()).orElseThrow();
        assertThat(run.notifiedCount()).isEqualTo(run.fileCount());
        assertThat(run.notifiedAll()).isTrue();
        assertThat(run.seed()).isEqualTo(20_261_123L);
        assertThat(run.sampleCount()).isGreaterThanOrEqualTo((int) Math.ceil(run.fileCount() * 0.3));
        List<ReverificationItem> items = followUp.items(run.id());
        assertThat(items).hasSize(run.fileCount());
        for (HardshipCase c : opened) {
            actions.yearlyReview(claim(c, ProcessIds.TASK_YEARLY_REVIEW, CW), money("24000.00"), money("6000.00"),
                    user(CW));
            ReverificationItem item = followUp.latestItem(c.id()).orElseThrow();
            assertThat(item.newGrade()).isEqualTo("DEEP");
            assertThat(hasTask(c, ProcessIds.TASK_SPOT_CHECK)).isEqualTo(item.sampled());
            if (item.sampled()) {
                actions.spotCheck(claim(c, ProcessIds.TASK_SPOT_CHECK, APPROVER), true, null, user(APPROVER));
            }
        }
        assertThat(followUp.items(run.id()).stream().filter(ReverificationItem::sampled).map(ReverificationItem::caseId)
                .toList()).isEqualTo(items.stream().filter(ReverificationItem::sampled)
                .map(ReverificationItem::caseId).toList());
    }

    @Test
    void theYearlyReviewAlsoStartsByItselfEveryFifteenthOfJanuary() {
        org.camunda.bpm.engine.runtime.Job timer = management.createJobQuery()
                .processDefinitionKey(ProcessIds.YEARLY_REVIEW_PROCESS).timers().singleResult();
        assertThat(timer).isNotNull();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(java.time.OffsetDateTime.parse("2027-01-15T09:00:00+08:00")
                .toInstant());
    }

    @Test
    void withoutARelapseTheWatchEndsAfterItsPeriodWithCallBacksOnTheWay() {
        HardshipCase c = archivedUntilTheFirstCallBack("0.00");
        actions.callBack(claim(c, ProcessIds.TASK_CALL_BACK, CW), false, "工作稳定", user(CW));
        moveClockTo(today().plusMonths(25), 9);
        runJobs(c);
        assertThat(passed(c, ProcessIds.END_WATCH_ENDED)).isEqualTo(1);
        assertThat(fileProcess(c)).isNull();
        assertThat(hasTask(c, ProcessIds.TASK_CALL_BACK)).isFalse();
        assertThat(followUp.watchList(user(CW))).anyMatch(w -> w.caseId() == c.id() && w.status().equals("ENDED"));
    }
}
