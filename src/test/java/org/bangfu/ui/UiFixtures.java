package org.bangfu.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.bangfu.Fixtures;
import org.bangfu.approval.AidRequestCommand;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.casework.CaseActions;
import org.bangfu.casework.CaseIntake;
import org.bangfu.workflow.WorkItems;
import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitOutcome;
import org.bangfu.followup.ExitRoute;
import org.bangfu.followup.FollowUpService;
import org.bangfu.identification.AidType;
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.MeansCheck;
import org.bangfu.identification.NewAttachment;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

/**
 * Moves cases along their processes through the services, as the screens would, so that a screen test can start at
 * the step it is about. The job executor is off in tests: async steps and timers run with {@link #runJobs}. Steps
 * after the notice run at the moved engine clock; tests reset it ({@code ClockUtil.reset()}) afterwards.
 */
final class UiFixtures {

    static final String CW = "cw_canyin";
    static final String APPROVER = "approver_zhongyuan";

    private final CaseIntake intake;
    private final CaseActions caseActions;
    private final org.bangfu.TaskSteps actions;
    private final WorkItems inbox;
    private final IdentificationService files;
    private final FollowUpService followUp;
    private final OrganizationService organization;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final org.bangfu.TestBank bank;

    UiFixtures(ApplicationContext context) {
        this.intake = context.getBean(CaseIntake.class);
        this.caseActions = context.getBean(CaseActions.class);
        this.actions = new org.bangfu.TaskSteps(context);
        this.inbox = context.getBean(WorkItems.class);
        this.files = context.getBean(IdentificationService.class);
        this.followUp = context.getBean(FollowUpService.class);
        this.organization = context.getBean(OrganizationService.class);
        this.tasks = context.getBean(TaskService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.management = context.getBean(ManagementService.class);
        this.bank = new org.bangfu.TestBank(context.getBean(org.bangfu.funds.PaymentService.class),
                context.getBean(org.bangfu.funds.BatchService.class), organization);
    }

    CurrentUser user(String username) {
        return organization.user(username).orElseThrow();
    }

    HardshipCase reload(HardshipCase c) {
        return files.caseById(c.id());
    }

    LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    HardshipCase fileDeep() {
        return intake.file(Fixtures.deepHardship(), user(CW));
    }

    Task openTask(HardshipCase c, String taskKey) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).taskDefinitionKey(taskKey)
                .orderByTaskCreateTime().asc().list();
        if (found.isEmpty()) {
            throw new AssertionError("no open " + taskKey + " on " + c.caseNo());
        }
        return found.get(0);
    }

    /** The open task of that type, claimed by the user through the inbox (if not already theirs). */
    String claim(HardshipCase c, String taskKey, String username) {
        Task task = openTask(c, taskKey);
        if (!username.equals(task.getAssignee())) {
            inbox.claim(task.getId(), user(username));
        }
        return task.getId();
    }

    /** The bank pays the case's waiting payment lines (through a real batch), and the processes move on. */
    void bankPays(HardshipCase c) {
        bank.answer(bank.send(c), null);
        runJobs(c);
    }

    /** Executes the due jobs of the case's running processes until none is left. */
    void runJobs(HardshipCase c) {
        for (int round = 0; round < 50; round++) {
            List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).list()
                    .stream().flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).executable()
                            .list().stream()).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming for " + c.caseNo());
    }

    void firstReview(HardshipCase c) {
        actions.firstReview(claim(c, "Task_FirstReview", CW), true, "ok", user(CW));
    }

    void homeVisit(HardshipCase c) {
        files.attach(c.id(), new NewAttachment(AttachmentKind.MEANS_CHECK_AUTHORIZATION, "authorization.pdf",
                "application/pdf", "%PDF-1.4 signed".getBytes(), null), user(CW));
        actions.homeVisit(claim(c, "Task_HomeVisit", CW), today(), "visitors", "findings", user(CW));
    }

    void meansCheck(HardshipCase c) {
        actions.meansCheck(claim(c, "Task_MeansCheck", CW), new MeansCheck(1, false, false, false, false, today(),
                null), user(CW));
    }

    /** Lets the notice run out: the engine clock moves past its last day and the timer fires. */
    void endNotice(HardshipCase c) {
        LocalDate after = reload(c).noticeUntil().plusDays(1);
        ClockUtil.setCurrentTime(Date.from(after.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
        runJobs(c);
    }

    /** A deep-hardship application in its public notice. */
    HardshipCase inNotice() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c);
        return reload(c);
    }

    /** Emergency relief approved by the county and paid: the case worker's Task_CompleteEmergencyFile waits. */
    HardshipCase emergencyPaid() {
        HardshipCase c = intake.fileEmergency(Fixtures.emergency(), new BigDecimal("2500.00"), "relief",
                user(CW));
        actions.decideAid(claim(c, "Task_ApproveEmergency", APPROVER), new DecisionCommand(Outcome.APPROVED, null),
                user(APPROVER));
        bankPays(c);
        return reload(c);
    }

    /** A deep-hardship application waiting for the county union's file approval. */
    HardshipCase awaitingFileApproval() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c);
        endNotice(c);
        return reload(c);
    }

    HardshipCase openFile() {
        HardshipCase c = awaitingFileApproval();
        actions.decideFile(claim(c, "Task_ApproveFile", APPROVER), new DecisionCommand(Outcome.APPROVED, null),
                user(APPROVER));
        return reload(c);
    }

    void requestAid(HardshipCase c, String amount) {
        caseActions.requestAid(new AidRequestCommand(c.id(), AidType.LIVING, new BigDecimal(amount), null, null,
                "living"), user(CW));
    }

    /** The county approves the case's pending aid request: its payment line waits for a batch. */
    void approveAid(HardshipCase c) {
        actions.decideAid(claim(c, "Task_ApproveAid", APPROVER), new DecisionCommand(Outcome.APPROVED, null),
                user(APPROVER));
    }

    /** Starts the yearly re-verification of cw_canyin's unit for a year no other test uses. */
    void startReverification(int year) {
        caseActions.startReverification(year, 7L, user(CW));
        org.bangfu.TaskSteps.runAsyncSteps(management, "YearlyReviewProcess");
    }

    /** Moves the engine clock on by months and runs every due job of the case. */
    void moveClockMonths(HardshipCase c, int months) {
        ClockUtil.setCurrentTime(Date.from(today().plusMonths(months).plusDays(1).atTime(9, 0)
                .atZone(ZoneId.systemDefault()).toInstant()));
        runJobs(c);
    }

    /** An open file that was paid 3,600 of living aid (a former monthly aid of 300) and has had 6 months above 低保. */
    HardshipCase readyToExit() {
        HardshipCase c = openFile();
        caseActions.requestAid(new AidRequestCommand(c.id(), AidType.LIVING, new BigDecimal("3600.00"), null, null,
                "living"), user(CW));
        actions.decideAid(claim(c, "Task_ApproveAid", APPROVER), new DecisionCommand(Outcome.APPROVED, null),
                user(APPROVER));
        bankPays(c);
        YearMonth now = YearMonth.from(today());
        for (int i = 5; i >= 0; i--) {
            followUp.recordMonthlyIncome(c.id(), now.minusMonths(i), new BigDecimal("1200.00"), user(CW));
        }
        return reload(c);
    }

    /** A household whose exit was approved with one gradual month, paid, and closed into the archive (watched). */
    HardshipCase exited() {
        HardshipCase c = exitAssessed();
        actions.decideExit(claim(c, "Task_ApproveExit", APPROVER), new org.bangfu.followup.ExitDecisionCommand(true, 1,
                new BigDecimal("100.00"), null), user(APPROVER));
        runJobs(c);
        bankPays(c);
        ClockUtil.setCurrentTime(Date.from(today().plusMonths(1).plusDays(1).atTime(9, 0)
                .atZone(ZoneId.systemDefault()).toInstant()));
        runJobs(c);
        return reload(c);
    }

    /** An exit assessed as EXIT by the case worker: the approver's Task_ApproveExit waits. */
    HardshipCase exitAssessed() {
        HardshipCase c = readyToExit();
        caseActions.requestExitAssessment(c.id(), user(CW));
        actions.assessExit(claim(c, "Task_AssessExit", CW), new ExitAssessmentCommand(ExitOutcome.EXIT, true,
                "employed again", ExitRoute.EMPLOYMENT), user(CW));
        return reload(c);
    }
}
