package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.bangfu.Fixtures;
import org.bangfu.IntegrationTest;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.casework.CaseActions;
import org.bangfu.casework.CaseIntake;
import org.bangfu.TaskSteps;
import org.bangfu.workflow.WorkItems;
import org.bangfu.TestBank;
import org.bangfu.TestFunds;
import org.bangfu.funds.BatchService;
import org.bangfu.funds.FundService;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentService;
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.identification.MeansCheck;
import org.bangfu.identification.NewAttachment;
import org.bangfu.organization.CurrentUser;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives the real processes on the real engine and database the way the screens do: through the inbox, the task
 * actions and the case actions, as the demo users. Time moves with {@link #moveClockTo}; due jobs (async steps and
 * timers) of a case run with {@link #runJobs}, since the job executor is off in tests.
 */
public abstract class ProcessTestSupport extends IntegrationTest {

    @Autowired protected ProcessEngine engine;
    @Autowired protected RuntimeService runtime;
    @Autowired protected TaskService tasks;
    @Autowired protected ManagementService management;
    @Autowired protected CaseIntake intake;
    @Autowired protected CaseActions caseActions;
    @Autowired protected WorkItems inbox;
    @Autowired protected org.bangfu.workflow.SlaSweep sla;
    protected TaskSteps actions;
    @Autowired protected IdentificationService files;
    @Autowired protected java.time.Clock clock;
    @Autowired protected org.camunda.bpm.engine.HistoryService history;
    @Autowired protected PaymentService payments;
    @Autowired protected BatchService batches;
    @Autowired protected FundService funds;
    @Autowired protected org.springframework.jdbc.core.simple.JdbcClient jdbc;

    protected static final String CW = "cw_canyin";
    protected static final String APPROVER = "approver_zhongyuan";

    @Autowired private org.springframework.context.ApplicationContext context;

    @BeforeEach
    void bindAssertions() {
        AbstractAssertions.init(engine);
        actions = new org.bangfu.TaskSteps(context);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Moves business and engine time to the hour of the day, in the business time zone (China time). */
    protected void moveClockTo(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(hour, 0).atZone(clock.getZone()).toInstant()));
        ensureTestMoney(day.getYear());
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    protected LocalDate dayOf(Date date) {
        return date.toInstant().atZone(clock.getZone()).toLocalDate();
    }

    protected HardshipCase fileAt(IntakeCommand command, String caseWorker) {
        return intake.file(command, user(caseWorker));
    }

    protected HardshipCase fileDeep() {
        return fileAt(Fixtures.deepHardship(), CW);
    }

    protected HardshipCase reload(HardshipCase c) {
        return files.caseById(c.id());
    }

    protected List<ProcessInstance> instances(HardshipCase c) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).list();
    }

    /**
     * Where the file is on its line now: the running application, follow-up period or exit (one at a time; each
     * starts the next and ends), or null when the line has ended.
     */
    protected ProcessInstance fileProcess(HardshipCase c) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKeyIn(ProcessIds.FILE_LINE.toArray(String[]::new)).singleResult();
    }

    /** The key of the model the file's line runs on now. */
    protected String fileProcessKey(HardshipCase c) {
        ProcessInstance instance = fileProcess(c);
        return instance == null ? null : engine.getRepositoryService().getProcessDefinition(
                instance.getProcessDefinitionId()).getKey();
    }

    /** The open task of that type on the case, claimed by the user through the inbox. */
    protected String claim(HardshipCase c, String taskKey, String username) {
        Task task = openTask(c, taskKey);
        CurrentUser user = user(username);
        if (!username.equals(task.getAssignee())) {
            inbox.claim(task.getId(), user);
        }
        return task.getId();
    }

    protected Task openTask(HardshipCase c, String taskKey) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).taskDefinitionKey(taskKey)
                .orderByTaskCreateTime().asc().list();
        assertThat(found).as("open " + taskKey + " of " + c.caseNo()).isNotEmpty();
        return found.get(0);
    }

    protected boolean hasTask(HardshipCase c, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo()).taskDefinitionKey(taskKey).count() > 0;
    }

    /** Runs the yearly review's asynchronous steps (the batches telling the files), as the job executor would. */
    protected int runReviewJobs() {
        return TaskSteps.runAsyncSteps(management, ProcessIds.YEARLY_REVIEW_PROCESS);
    }

    /** Executes the due jobs of the case's processes until none is left (a job may create the next one). */
    protected int runJobs(HardshipCase c) {
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

    protected void firstReview(HardshipCase c) {
        actions.firstReview(claim(c, ProcessIds.TASK_FIRST_REVIEW, CW), true, "材料齐全", user(CW));
    }

    protected void homeVisit(HardshipCase c) {
        files.attach(c.id(), new NewAttachment(AttachmentKind.MEANS_CHECK_AUTHORIZATION, "授权书.pdf",
                "application/pdf", "%PDF-1.4 signed".getBytes(), null), user(CW));
        actions.homeVisit(claim(c, ProcessIds.TASK_HOME_VISIT, CW), today(), "王丽、张伟", "家中确有困难", user(CW));
    }

    protected void meansCheck(HardshipCase c, MeansCheck result) {
        actions.meansCheck(claim(c, ProcessIds.TASK_MEANS_CHECK, CW), result, user(CW));
    }

    protected MeansCheck cleanCheck() {
        return new MeansCheck(1, false, false, false, false, today(), null);
    }

    /** Lets the notice run out: moves the clock past its end and fires the timer. */
    protected void endNotice(HardshipCase c) {
        moveClockTo(reload(c).noticeUntil().plusDays(1), 9);
        runJobs(c);
    }

    protected void approveFile(HardshipCase c) {
        actions.decideFile(claim(c, ProcessIds.TASK_APPROVE_FILE, APPROVER),
                new DecisionCommand(Outcome.APPROVED, null), user(APPROVER));
    }

    /** Application to opened file on the normal path. */
    protected HardshipCase openFile() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c, cleanCheck());
        endNotice(c);
        approveFile(c);
        return reload(c);
    }

    /** How often the case's processes passed an activity, ended or running. */
    protected long passed(HardshipCase c, String activityId) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).list().stream()
                .mapToLong(p -> history.createHistoricActivityInstanceQuery().processInstanceId(p.getId())
                        .activityId(activityId).count()).sum();
    }

    protected static BigDecimal money(String text) {
        return new BigDecimal(text);
    }

    protected TestBank bank() {
        return new TestBank(payments, batches, organization);
    }

    /** The case's payment lines waiting for a batch. */
    protected List<PaymentRecord> waitingLines(HardshipCase c) {
        return bank().waitingLines(c);
    }

    /** Sends the case's waiting lines to the bank and imports its answer (paid, or refused with the reason). */
    protected PaymentBatch bankAnswers(HardshipCase c, String refusal) {
        PaymentBatch batch = bank().answer(bank().send(c), refusal);
        runJobs(c);
        return batch;
    }

    protected PaymentBatch bankPays(HardshipCase c) {
        return bankAnswers(c, null);
    }

    /** Money for a fund year the demo data does not cover (tests move the clock to many years). */
    protected void ensureTestMoney(int year) {
        TestFunds.ensure(funds, organization, jdbc, year);
    }
}
