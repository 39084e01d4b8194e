package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import org.bangfu.casework.TaskEscalation;
import org.bangfu.identification.HardshipCase;
import org.bangfu.workflow.ProcessMigration;
import org.bangfu.workflow.migration.SlaSweepMigration;
import org.bangfu.workflow.guard.Unlinted;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An existing database upgrades: a case waiting on the old model (an escalation timer on each task) moves to the
 * model without timers by the versioned migration step, keeps its task and the moment its timer would have fired,
 * and the sweep escalates it at that moment.
 */
class SlaSweepMigrationTest extends ProcessTestSupport {

    @Autowired SlaSweepMigration migration;

    @Test
    void theMigrationStepRanAtStartAndIsRecorded() {
        assertThat(jdbc.sql("SELECT done_at FROM process_migration WHERE id = ?").param(migration.id())
                .query(java.time.OffsetDateTime.class).optional()).isPresent();
    }

    @Test
    void aCaseWaitingOnTheOldModelMovesToTheNewOneAndKeepsItsEscalationMoment() throws Exception {
        ProcessDefinition shipped = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ProcessIds.HARDSHIP_CASE_PROCESS).latestVersion().singleResult();
        String oldDeployment;
        try (InputStream old = getClass().getResourceAsStream(
                "/migration/HardshipCaseProcess-with-escalation-timers.bpmn.old")) {
            byte[] bytes = old.readAllBytes();
            oldDeployment = Unlinted.deploy(() -> engine.getRepositoryService().createDeployment()
                    .name("before issue 13").addInputStream("HardshipCaseProcess.bpmn", new java.io.ByteArrayInputStream(bytes)).deploy()
                    .getId());
        }
        try {
            ProcessDefinition before = engine.getRepositoryService().createProcessDefinitionQuery()
                    .deploymentId(oldDeployment).singleResult();
            HardshipCase c = fileDeep();
            assertThat(fileProcess(c).getProcessDefinitionId()).isEqualTo(before.getId());
            Task review = openTask(c, ProcessIds.TASK_FIRST_REVIEW);
            Job timer = engine.getManagementService().createJobQuery().processInstanceId(review.getProcessInstanceId())
                    .timers().singleResult();
            assertThat(timer).as("the old model escalates by a boundary timer").isNotNull();
            assertThat(review.getFollowUpDate()).isNull();

            ProcessMigration.Result result = migration.migrate(before, shipped);

            assertThat(result.migrated()).isPositive();
            assertThat(result.failed()).isZero();
            assertThat(fileProcess(c).getProcessDefinitionId()).isEqualTo(shipped.getId());
            Task moved = tasks.createTaskQuery().taskId(review.getId()).singleResult();
            assertThat(moved).as("the same task, still open").isNotNull();
            assertThat(moved.getFollowUpDate()).isEqualTo(timer.getDuedate());
            assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getProcessInstanceId())
                    .timers().count()).isZero();

            // before the moment nothing happens; after it, the sweep escalates the task to the county
            LocalDate moment = timer.getDuedate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
            moveClockTo(moment.minusDays(1), 9);
            sla.sweep();
            assertThat(tasks.getVariableLocal(review.getId(), TaskEscalation.ESCALATED_TO)).isNull();
            moveClockTo(moment.plusDays(1), 9);
            sla.sweep();
            assertThat(tasks.getVariableLocal(review.getId(), TaskEscalation.ESCALATED_TO)).isEqualTo("410102");
        } finally {
            engine.getRepositoryService().deleteDeployment(oldDeployment, true);
        }
    }
}
