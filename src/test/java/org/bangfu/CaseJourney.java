package org.bangfu;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;

import org.bangfu.approval.AidRequestCommand;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.casework.CaseActions;
import org.bangfu.casework.CaseIntake;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.followup.ExitOutcome;
import org.bangfu.followup.ExitRoute;
import org.bangfu.followup.FollowUpService;
import org.bangfu.funds.BatchService;
import org.bangfu.funds.FundService;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentService;
import org.bangfu.identification.AidType;
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.identification.MeansCheck;
import org.bangfu.identification.NewAttachment;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrganizationService;
import org.bangfu.workflow.WorkItems;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one test fixture that moves cases along their processes through the services, as the screens would, shared
 * by the process tests ({@code ProcessTestSupport}) and the screen tests ({@code UiFixtures}): a test starts at the
 * step it is about. The job executor is off in tests: async steps and timers run with {@link #runJobs}; time moves
 * with {@link #moveClockTo} in the business time zone; tests reset the engine clock ({@code ClockUtil.reset()})
 * afterwards.
 */
public class CaseJourney {

    public static final String CW = "cw_canyin";
    public static final String APPROVER = "approver_zhongyuan";

    protected final CaseIntake intake;
    protected final CaseActions caseActions;
    protected final TaskSteps actions;
    protected final WorkItems inbox;
    protected final IdentificationService files;
    protected final FollowUpService followUp;
    protected final OrganizationService organization;
    protected final TaskService tasks;
    protected final RuntimeService runtime;
    protected final ManagementService management;
    private final RepositoryService repository;
    private final HistoryService history;
    private final PaymentService payments;
    private final BatchService batches;
    private final FundService funds;
    private final JdbcClient jdbc;
    private final Clock clock;

    public CaseJourney(ApplicationContext context) {
        this.intake = context.getBean(CaseIntake.class);
        this.caseActions = context.getBean(CaseActions.class);
        this.actions = new TaskSteps(context);
        this.inbox = context.getBean(WorkItems.class);
        this.files = context.getBean(IdentificationService.class);
        this.followUp = context.getBean(FollowUpService.class);
        this.organization = context.getBean(OrganizationService.class);
        this.tasks = context.getBean(TaskService.class);
        this.runtime = context.getBean(RuntimeService.class);
        this.management = context.getBean(ManagementService.class);
        this.repository = context.getBean(RepositoryService.class);
        this.history = context.getBean(HistoryService.class);
        this.payments = context.getBean(PaymentService.class);
        this.batches = context.getBean(BatchService.class);
        this.funds = context.getBean(FundService.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.clock = context.getBean(Clock.class);
    }

    // ------------------------------------------------------------------ people, time, money

    public CurrentUser user(String username) {
        return organization.user(username).orElseThrow();
    }

    public HardshipCase reload(HardshipCase c) {
        return files.caseById(c.id());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate dayOf(Date date) {
        return date.toInstant().atZone(clock.getZone()).toLocalDate();
    }

    /** Moves business and engine time to the hour of the day, in the business time zone (China time). */
    public void moveClockTo(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0).atZone(clock.getZone()).toInstant()));
        ensureTestMoney(day.getYear());
    }

    /** Moves the clock on by months (and a day) and runs every due job of the case. */
    public void moveClockMonths(HardshipCase c, int months) {
        moveClockTo(today().plusMonths(months).plusDays(1), 9);
        runJobs(c);
    }

    /** Money for a fund year the demo data does not cover (tests move the clock to many years). */
    public void ensureTestMoney(int year) {
        TestFunds.ensure(funds, organization, jdbc, year);
    }

    public static BigDecimal money(String text) {
        return new BigDecimal(text);
    }

    // ------------------------------------------------------------------ the engine's side of a case

    /** Every running process of the case (its business key is the case number). */
    public List<ProcessInstance> instances(HardshipCase c) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).list();
    }

    /**
     * Where the file is on its line now: the running application, follow-up period or exit (one at a time; each
     * starts the next and ends), or null when the line has ended.
     */
    public ProcessInstance fileProcess(HardshipCase c) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKeyIn(ProcessIds.FILE_LINE.toArray(String[]::new)).singleResult();
    }

    /** The key of the model the file's line runs on now. */
    public String fileProcessKey(HardshipCase c) {
        ProcessInstance instance = fileProcess(c);
        return instance == null ? null : repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
    }

    /** The oldest open task of that type on the case. */
    public Task openTask(HardshipCase c, String taskKey) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).taskDefinitionKey(taskKey)
                .orderByTaskCreateTime().asc().list();
        if (found.isEmpty()) {
            throw new AssertionError("no open " + taskKey + " on " + c.caseNo());
        }
        return found.get(0);
    }

    public boolean hasTask(HardshipCase c, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).taskDefinitionKey(taskKey).count() > 0;
    }

    /** The open task of that type on the case, claimed by the user through the inbox (if not already theirs). */
    public String claim(HardshipCase c, String taskKey, String username) {
        Task task = openTask(c, taskKey);
        if (!username.equals(task.getAssignee())) {
            inbox.claim(task.getId(), user(username));
        }
        return task.getId();
    }

    /** Executes the due jobs of the case's processes until none is left (a job may create the next one). */
    public int runJobs(HardshipCase c) {
        int executed = 0;
        for (int round = 0; round < 50; round++) {
            List<Job> due = instances(c).stream().flatMap(p -> management.createJobQuery()
                    .processInstanceId(p.getId()).executable().list().stream()).toList();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                // an interrupting timer may have removed the other jobs of its scope meanwhile
                if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                    management.executeJob(job.getId());
                    executed++;
                }
            }
        }
        throw new AssertionError("jobs keep coming for " + c.caseNo());
    }

    /** Runs the yearly review's asynchronous steps (the batches telling the files), as the job executor would. */
    public int runReviewJobs() {
        return TaskSteps.runAsyncSteps(management, ProcessIds.YEARLY_REVIEW_PROCESS);
    }

    /** How often the case's processes passed an activity, ended or running. */
    public long passed(HardshipCase c, String activityId) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).list().stream()
                .mapToLong(p -> history.createHistoricActivityInstanceQuery().processInstanceId(p.getId())
                        .activityId(activityId).count()).sum();
    }

    // ------------------------------------------------------------------ the application

    public HardshipCase fileAt(IntakeCommand command, String caseWorker) {
        return intake.file(command, user(caseWorker));
    }

    public HardshipCase fileDeep() {
        return fileAt(Fixtures.deepHardship(), CW);
    }

    public void firstReview(HardshipCase c) {
        actions.firstReview(claim(c, ProcessIds.TASK_FIRST_REVIEW, CW), true, "材料齐全", user(CW));
    }

    public void homeVisit(HardshipCase c) {
        files.attach(c.id(), new NewAttachment(AttachmentKind.MEANS_CHECK_AUTHORIZATION, "授权书.pdf",
                "application/pdf", "%PDF-1.4 signed".getBytes(), null), user(CW));
        actions.homeVisit(claim(c, ProcessIds.TASK_HOME_VISIT, CW), today(), "王丽、张伟", "家中确有困难", user(CW));
    }

    public MeansCheck cleanCheck() {
        return new MeansCheck(1, false, false, false, false, today(), null);
    }

    public void meansCheck(HardshipCase c, MeansCheck result) {
        actions.meansCheck(claim(c, ProcessIds.TASK_MEANS_CHECK, CW), result, user(CW));
    }

    public void meansCheck(HardshipCase c) {
        meansCheck(c, cleanCheck());
    }

    /** Lets the notice run out: moves the clock past its end and fires the timer. */
    public void endNotice(HardshipCase c) {
        moveClockTo(reload(c).noticeUntil().plusDays(1), 9);
        runJobs(c);
    }

    public void approveFile(HardshipCase c) {
        actions.decideFile(claim(c, ProcessIds.TASK_APPROVE_FILE, APPROVER),
                new DecisionCommand(Outcome.APPROVED, null), user(APPROVER));
    }

    /** A deep-hardship application in its public notice. */
    public HardshipCase inNotice() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c);
        return reload(c);
    }

    /** A deep-hardship application waiting for the county union's file approval. */
    public HardshipCase awaitingFileApproval() {
        HardshipCase c = inNotice();
        endNotice(c);
        return reload(c);
    }

    /** Application to opened file on the normal path. */
    public HardshipCase openFile() {
        HardshipCase c = awaitingFileApproval();
        approveFile(c);
        return reload(c);
    }

    /** Emergency relief approved by the county and paid: the case worker's Task_CompleteEmergencyFile waits. */
    public HardshipCase emergencyPaid() {
        HardshipCase c = intake.fileEmergency(Fixtures.emergency(), money("2500.00"), "relief", user(CW));
        actions.decideAid(claim(c, ProcessIds.TASK_APPROVE_EMERGENCY, APPROVER),
                new DecisionCommand(Outcome.APPROVED, null), user(APPROVER));
        bankPays(c);
        return reload(c);
    }

    // ------------------------------------------------------------------ aid and payment

    public void requestAid(HardshipCase c, String amount) {
        caseActions.requestAid(new AidRequestCommand(c.id(), AidType.LIVING, money(amount), null, null, "生活困难补助"),
                user(CW));
    }

    /** The county approves the case's pending aid request: its payment line waits for a batch. */
    public void approveAid(HardshipCase c) {
        actions.decideAid(claim(c, ProcessIds.TASK_APPROVE_AID, APPROVER), new DecisionCommand(Outcome.APPROVED,
                null), user(APPROVER));
    }

    public TestBank bank() {
        return new TestBank(payments, batches, organization);
    }

    /** The case's payment lines waiting for a batch. */
    public List<PaymentRecord> waitingLines(HardshipCase c) {
        return bank().waitingLines(c);
    }

    /** Sends the case's waiting lines to the bank and imports its answer (paid, or refused with the reason). */
    public PaymentBatch bankAnswers(HardshipCase c, String refusal) {
        TestBank bank = bank();
        PaymentBatch batch = bank.answer(bank.send(c), refusal);
        runJobs(c);
        return batch;
    }

    /** The bank pays the case's waiting payment lines (through a real batch), and the processes move on. */
    public PaymentBatch bankPays(HardshipCase c) {
        return bankAnswers(c, null);
    }

    // ------------------------------------------------------------------ after the opening

    /** Starts the yearly re-verification of cw_canyin's unit and tells its files. */
    public void startReverification(int year) {
        caseActions.startReverification(year, 7L, user(CW));
        runReviewJobs();
    }

    /** An open file that was paid 3,600 of living aid (a former monthly aid of 300) and has had 6 months above 低保. */
    public HardshipCase readyToExit() {
        HardshipCase c = openFile();
        requestAid(c, "3600.00");
        approveAid(c);
        bankPays(c);
        YearMonth now = YearMonth.from(today());
        for (int i = 5; i >= 0; i--) {
            followUp.recordMonthlyIncome(c.id(), now.minusMonths(i), money("1200.00"), user(CW));
        }
        return reload(c);
    }

    /** An exit assessed as EXIT by the case worker: the approver's Task_ApproveExit waits. */
    public HardshipCase exitAssessed() {
        HardshipCase c = readyToExit();
        caseActions.requestExitAssessment(c.id(), user(CW));
        actions.assessExit(claim(c, ProcessIds.TASK_ASSESS_EXIT, CW), new ExitAssessmentCommand(ExitOutcome.EXIT,
                true, "employed again", ExitRoute.EMPLOYMENT), user(CW));
        return reload(c);
    }

    /** A household whose exit was approved with one gradual month, paid, and closed into the archive (watched). */
    public HardshipCase exited() {
        HardshipCase c = exitAssessed();
        actions.decideExit(claim(c, ProcessIds.TASK_APPROVE_EXIT, APPROVER), new ExitDecisionCommand(true, 1,
                money("100.00"), null), user(APPROVER));
        runJobs(c);
        bankPays(c);
        moveClockMonths(c, 1);
        return reload(c);
    }
}
