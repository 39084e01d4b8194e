package org.bangfu.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import javax.sql.DataSource;

import org.bangfu.casework.process.ProcessIds;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.identification.HardshipCase;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lean engine (docs/benchmarks.md, "Engine history and indexes"), on the real engine and database: history level
 * {@code activity}, removal-time based cleanup in a nightly window, per-model time to live, and the indexes.
 */
class EngineHistoryTest extends ProcessTestSupport {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** camunda:historyTimeToLive of bpmn/HardshipCaseProcess.bpmn. */
    private static final int APPLICATION_TTL_DAYS = 1825;

    @Autowired DataSource dataSource;

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @Test
    void theEngineKeepsActivityHistoryAndCleansUpByRemovalTimeInTheNightlyWindow() {
        ProcessEngineConfigurationImpl configuration = configuration();
        assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_ACTIVITY);
        assertThat(configuration.getHistoryRemovalTimeStrategy())
                .isEqualTo(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
        assertThat(configuration.getHistoryCleanupStrategy())
                .isEqualTo(ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
        assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(500);
        assertThat(configuration.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);
        // task metrics (a row per assignment) go with the same cleanup after a year
        assertThat(configuration.getParsedTaskMetricsTimeToLive()).isEqualTo(365);

        // the window, as the engine itself reads it: 01:00 to 05:00 China time, whatever the server's zone
        BatchWindow window = configuration.getBatchWindowManager()
                .getCurrentOrNextBatchWindow(ClockUtil.getCurrentTime(), configuration);
        assertThat(window.getStart().toInstant().atZone(CHINA).toLocalTime()).isEqualTo(LocalTime.of(1, 0));
        assertThat(window.getEnd().toInstant().atZone(CHINA).toLocalTime()).isEqualTo(LocalTime.of(5, 0));
        assertThat(Duration.between(window.getStart().toInstant(), window.getEnd().toInstant()))
                .isEqualTo(Duration.ofHours(4));
        // ... and the engine scheduled its cleanup job at start-up
        assertThat(history.findHistoryCleanupJobs()).isNotEmpty();
    }

    @Test
    void stepsAreKeptButNoVariableHistory() {
        HardshipCase c = fileDeep();
        ProcessInstance application = fileProcess(c);
        assertThat(runtime.getVariables(application.getId())).isNotEmpty();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(application.getId()).count())
                .isPositive();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(application.getId()).count())
                .isPositive();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(application.getId()).count())
                .isZero();
        assertThat(history.createHistoricDetailQuery().processInstanceId(application.getId()).count()).isZero();
    }

    @Test
    void aFinishedInstancesHistoryLeavesOnceItsTimeToLiveHasPassedWhileRunningOnesStay() {
        // an application refused at its first review early in 2025 (the earliest rules are of 2025; the earlier, the
        // less history of other tests in this shared database has come to its removal time when the clock moves on
        // five years below), and one still running from then
        moveClockTo(LocalDate.of(2025, 3, 3), 9);
        HardshipCase refused = fileDeep();
        HardshipCase running = fileDeep();
        actions.firstReview(claim(refused, ProcessIds.TASK_FIRST_REVIEW, CW), false, "非本单位职工", user(CW));
        HistoricProcessInstance ended = application(refused);
        assertThat(ended.getEndTime()).isNotNull();
        String runningId = fileProcess(running).getId();

        // the removal time is the end plus the model's time to live
        assertThat(ended.getRemovalTime()).isCloseTo(
                Date.from(ended.getEndTime().toInstant().plus(Duration.ofDays(APPLICATION_TTL_DAYS))),
                Duration.ofHours(1).toMillis());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(ended.getId()).count())
                .isPositive();

        // a day before the removal time the cleanup leaves it
        ClockUtil.setCurrentTime(Date.from(ended.getRemovalTime().toInstant().minus(Duration.ofDays(1))));
        cleanUp(ended.getId());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(ended.getId()).count()).isOne();

        // a day after it, the cleanup removes the instance and its steps; the running application keeps its history
        ClockUtil.setCurrentTime(Date.from(ended.getRemovalTime().toInstant().plus(Duration.ofDays(1))));
        cleanUp(ended.getId());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(ended.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(ended.getId()).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(ended.getId()).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(runningId).count()).isOne();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(runningId).count()).isPositive();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(runningId).singleResult()
                .getRemovalTime()).isNull();
    }

    @Test
    void theSlaSweepsFollowUpDateIsIndexed() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(indexExists(connection, "ACT_RU_TASK", EngineIndexes.TASK_FOLLOW_UP)).isTrue();
        }
    }

    @Test
    void theMigrationSwitchesAStoredFullHistoryLevelToTheConfiguredOne() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                connection.createStatement()
                        .executeUpdate("UPDATE ACT_GE_PROPERTY SET VALUE_ = '3' WHERE NAME_ = 'historyLevel'");
                assertThat(EngineHistoryLevelMigration.alignHistoryLevel(connection, "activity")).isTrue();
                assertThat(storedHistoryLevel(connection)).isEqualTo("1");
                assertThat(EngineHistoryLevelMigration.alignHistoryLevel(connection, "activity")).isFalse();
                assertThat(EngineHistoryLevelMigration.alignHistoryLevel(connection, "auto")).isFalse();
                assertThat(storedHistoryLevel(connection)).isEqualTo("1");
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private HistoricProcessInstance application(HardshipCase c) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey(ProcessIds.HARDSHIP_CASE_PROCESS).singleResult();
    }

    /** Schedules the cleanup now and runs its job(s) as the job executor would, until the instance is gone. */
    private void cleanUp(String processInstanceId) {
        history.cleanUpHistoryAsync(true);
        for (int round = 0; round < 10; round++) {
            for (Job job : history.findHistoryCleanupJobs()) {
                management.executeJob(job.getId());
            }
            if (history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
                return;
            }
        }
    }

    private static String storedHistoryLevel(Connection connection) throws Exception {
        try (ResultSet rs = connection.createStatement()
                .executeQuery("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static boolean indexExists(Connection connection, String table, String index) throws Exception {
        for (String name : new String[] {table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rs = connection.getMetaData().getIndexInfo(connection.getCatalog(), null, name, false,
                    false)) {
                while (rs.next()) {
                    if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
