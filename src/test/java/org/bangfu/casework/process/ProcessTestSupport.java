package org.bangfu.casework.process;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.bangfu.CaseJourney;
import org.bangfu.IntegrationTest;
import org.bangfu.casework.CaseActions;
import org.bangfu.casework.CaseIntake;
import org.bangfu.TaskSteps;
import org.bangfu.workflow.WorkItems;
import org.bangfu.TestBank;
import org.bangfu.funds.BatchService;
import org.bangfu.funds.FundService;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentService;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.identification.MeansCheck;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives the real processes on the real engine and database the way the screens do: through the inbox, the task
 * actions and the case actions, as the demo users, with {@link CaseJourney}, the fixture the screen tests use too.
 * Time moves with {@link #moveClockTo}; due jobs (async steps and timers) of a case run with {@link #runJobs}, since
 * the job executor is off in tests.
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

    protected static final String CW = CaseJourney.CW;
    protected static final String APPROVER = CaseJourney.APPROVER;
    /** The fixture shared with the screen tests; the methods below are its steps under their usual names. */
    protected CaseJourney journey;

    @Autowired private org.springframework.context.ApplicationContext context;

    @BeforeEach
    void bindAssertions() {
        AbstractAssertions.init(engine);
        actions = new org.bangfu.TaskSteps(context);
        journey = new CaseJourney(context);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Moves business and engine time to the hour of the day, in the business time zone (China time). */
    protected void moveClockTo(LocalDate day, int hour) {
        journey.moveClockTo(day, hour);
    }

    protected LocalDate today() {
        return journey.today();
    }

    protected LocalDate dayOf(Date date) {
        return journey.dayOf(date);
    }

    protected HardshipCase fileAt(IntakeCommand command, String caseWorker) {
        return journey.fileAt(command, caseWorker);
    }

    protected HardshipCase fileDeep() {
        return journey.fileDeep();
    }

    protected HardshipCase reload(HardshipCase c) {
        return journey.reload(c);
    }

    protected List<ProcessInstance> instances(HardshipCase c) {
        return journey.instances(c);
    }

    /** See {@link CaseJourney#fileProcess}: the application, follow-up period or exit running now. */
    protected ProcessInstance fileProcess(HardshipCase c) {
        return journey.fileProcess(c);
    }

    protected String fileProcessKey(HardshipCase c) {
        return journey.fileProcessKey(c);
    }

    protected String claim(HardshipCase c, String taskKey, String username) {
        return journey.claim(c, taskKey, username);
    }

    protected Task openTask(HardshipCase c, String taskKey) {
        return journey.openTask(c, taskKey);
    }

    protected boolean hasTask(HardshipCase c, String taskKey) {
        return journey.hasTask(c, taskKey);
    }

    protected int runReviewJobs() {
        return journey.runReviewJobs();
    }

    protected int runJobs(HardshipCase c) {
        return journey.runJobs(c);
    }

    protected void firstReview(HardshipCase c) {
        journey.firstReview(c);
    }

    protected void homeVisit(HardshipCase c) {
        journey.homeVisit(c);
    }

    protected void meansCheck(HardshipCase c, MeansCheck result) {
        journey.meansCheck(c, result);
    }

    protected MeansCheck cleanCheck() {
        return journey.cleanCheck();
    }

    protected void endNotice(HardshipCase c) {
        journey.endNotice(c);
    }

    protected void approveFile(HardshipCase c) {
        journey.approveFile(c);
    }

    protected HardshipCase openFile() {
        return journey.openFile();
    }

    protected long passed(HardshipCase c, String activityId) {
        return journey.passed(c, activityId);
    }

    protected static BigDecimal money(String text) {
        return CaseJourney.money(text);
    }

    protected TestBank bank() {
        return journey.bank();
    }

    protected List<PaymentRecord> waitingLines(HardshipCase c) {
        return journey.waitingLines(c);
    }

    protected PaymentBatch bankAnswers(HardshipCase c, String refusal) {
        return journey.bankAnswers(c, refusal);
    }

    protected PaymentBatch bankPays(HardshipCase c) {
        return journey.bankPays(c);
    }

    protected void ensureTestMoney(int year) {
        journey.ensureTestMoney(year);
    }
}
