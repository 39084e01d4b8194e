package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitOutcome;
import org.bangfu.identification.HardshipCase;
import org.bangfu.workflow.ProcessMigration;
import org.bangfu.workflow.migration.FileLineMigration;
import org.bangfu.workflow.guard.Unlinted;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An existing database upgrades: files running on the whole-life model (one instance from application to the end of
 * the watch) move by the versioned migration step to the line of instances, each to the instance that now holds the
 * step it waits in, and go on from there. Open visit and review tasks move to instances of their own and keep their
 * assignee and dates.
 */
class FileLineMigrationTest extends ProcessTestSupport {

    @Autowired FileLineMigration migration;

    private final Map<Long, Map<String, Object>> groups = new HashMap<>();

    @Test
    void theMigrationStepRanAtStartAndIsRecorded() {
        assertThat(jdbc.sql("SELECT done_at FROM process_migration WHERE id = ?").param(migration.id())
                .query(OffsetDateTime.class).optional()).isPresent();
    }

    @Test
    void filesOnTheWholeLifeModelMoveToTheInstanceThatNowHoldsTheirStep() throws Exception {
        ProcessDefinition shipped = latest(ProcessIds.HARDSHIP_CASE_PROCESS);
        // files opened before the upgrade: their line of instances is replaced by a whole-life instance below
        HardshipCase waiting = openedOnTheOldModel();
        HardshipCase assessing = openedOnTheOldModel();
        HardshipCase watched = openedOnTheOldModel();
        String oldDeployment;
        try (InputStream old = getClass().getResourceAsStream(
                "/migration/HardshipCaseProcess-whole-life.bpmn.old")) {
            byte[] bytes = old.readAllBytes();
            oldDeployment = Unlinted.deploy(() -> engine.getRepositoryService().createDeployment()
                    .name("before the file line").addInputStream("HardshipCaseProcess.bpmn",
                            new ByteArrayInputStream(bytes)).deploy().getId());
        }
        try {
            ProcessDefinition before = engine.getRepositoryService().createProcessDefinitionQuery()
                    .deploymentId(oldDeployment).singleResult();
            HardshipCase applying = fileDeep();
            assertThat(fileProcess(applying).getProcessDefinitionId()).isEqualTo(before.getId());
            Task firstReview = openTask(applying, ProcessIds.TASK_FIRST_REVIEW);

            ProcessInstance open = startOld(before, waiting, ProcessIds.EVENT_EXIT_REQUESTED, Map.of());
            String fileOpen = child(runtime.getActivityInstance(open.getId()), FileLineMigration.WHOLE_LIFE_MARKER);
            runtime.createProcessInstanceModification(open.getId())
                    .startBeforeActivity(ProcessIds.TASK_FOLLOW_UP_VISIT, fileOpen)
                    .startBeforeActivity(ProcessIds.TASK_YEARLY_REVIEW, fileOpen).execute();
            Task oldVisit = openTask(waiting, ProcessIds.TASK_FOLLOW_UP_VISIT);
            tasks.setAssignee(oldVisit.getId(), CW);
            Job visitTimer = management.createJobQuery().processInstanceId(open.getId()).timers().singleResult();
            assertThat(visitTimer).as("the visit cycle of the old period").isNotNull();

            startOld(before, assessing, ProcessIds.TASK_ASSESS_EXIT, Map.of());
            Task assessment = openTask(assessing, ProcessIds.TASK_ASSESS_EXIT);

            Date watchUntil = Date.from(today().plusMonths(24).atStartOfDay(clock.getZone()).toInstant());
            startOld(before, watched, "Event_RelapseReported", Map.of(ProcessIds.VAR_WATCH_UNTIL, watchUntil,
                    ProcessIds.VAR_CALL_BACK_CYCLE, "R/P3M"));

            ProcessMigration.Result result = migration.migrate(before);

            assertThat(result.failed()).as(result.report()).isZero();
            assertThat(result.migrated()).as(result.report()).isEqualTo(4);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionId(before.getId()).count()).isZero();

            // the application goes on on the shipped model, the same task still open
            assertThat(fileProcess(applying).getProcessDefinitionId()).isEqualTo(shipped.getId());
            assertThat(tasks.createTaskQuery().taskId(firstReview.getId()).singleResult()).isNotNull();

            // the open file waits in its follow-up period; its visit and review are instances of their own
            assertThat(fileProcessKey(waiting)).isEqualTo(ProcessIds.FOLLOW_UP_PROCESS);
            assertThat(fileProcess(waiting)).isWaitingAt(ProcessIds.EVENT_EXIT_REQUESTED);
            Job keptTimer = management.createJobQuery().processInstanceId(fileProcess(waiting).getId()).timers()
                    .singleResult();
            assertThat(keptTimer.getDuedate()).as("the next visit stays due when it was").isEqualTo(
                    visitTimer.getDuedate());
            Task visit = openTask(waiting, ProcessIds.TASK_FOLLOW_UP_VISIT);
            assertThat(keyOf(visit)).isEqualTo(ProcessIds.FOLLOW_UP_VISIT_PROCESS);
            assertThat(visit.getAssignee()).isEqualTo(CW);
            assertThat(visit.getDueDate()).isEqualTo(oldVisit.getDueDate());
            assertThat(keyOf(openTask(waiting, ProcessIds.TASK_YEARLY_REVIEW))).isEqualTo(
                    ProcessIds.CASE_REVIEW_PROCESS);
            caseActions.requestExitAssessment(waiting.id(), user(CW));
            assertThat(fileProcessKey(waiting)).isEqualTo(ProcessIds.EXIT_PROCESS);

            // the assessment in progress is the exit's, and keeping the file starts a new period
            assertThat(fileProcessKey(assessing)).isEqualTo(ProcessIds.EXIT_PROCESS);
            assertThat(tasks.createTaskQuery().taskId(assessment.getId()).singleResult()).isNotNull();
            actions.assessExit(claim(assessing, ProcessIds.TASK_ASSESS_EXIT, CW),
                    new ExitAssessmentCommand(ExitOutcome.CONTINUE, false, "仍需帮扶", null), user(CW));
            assertThat(fileProcessKey(assessing)).isEqualTo(ProcessIds.FOLLOW_UP_PROCESS);

            // the watched file keeps its watch and its end
            assertThat(fileProcessKey(watched)).isEqualTo(ProcessIds.EXIT_PROCESS);
            assertThat(fileProcess(watched)).isWaitingAt("Event_RelapseReported");
            assertThat(management.createJobQuery().processInstanceId(fileProcess(watched).getId()).timers().list())
                    .extracting(Job::getDuedate).contains(watchUntil);
        } finally {
            engine.getRepositoryService().deleteDeployment(oldDeployment, true);
        }
    }

    /** An opened file whose line of instances is removed, to be replaced by a whole-life instance. */
    private HardshipCase openedOnTheOldModel() {
        HardshipCase c = openFile();
        groups.put(c.id(), runtime.getVariables(fileProcess(c).getId(), java.util.List.of(
                ProcessIds.VAR_CASEWORKER_GROUP, ProcessIds.VAR_APPROVER_GROUP)));
        instances(c).forEach(p -> runtime.deleteProcessInstance(p.getId(), "test: before the file line", true, true));
        return c;
    }

    private ProcessInstance startOld(ProcessDefinition before, HardshipCase c, String at, Map<String, Object> more) {
        Map<String, Object> variables = new HashMap<>(groups.get(c.id()));
        variables.put(ProcessIds.VAR_CASE_ID, c.id());
        variables.put(ProcessIds.VAR_VISIT_CYCLE, "R/P1M");
        variables.putAll(more);
        return runtime.createProcessInstanceById(before.getId()).businessKey(c.caseNo()).setVariables(variables)
                .startBeforeActivity(at).execute();
    }

    private static String child(ActivityInstance root, String activityId) {
        return Arrays.stream(root.getChildActivityInstances()).filter(a -> a.getActivityId().equals(activityId))
                .findFirst().orElseThrow().getId();
    }

    private ProcessDefinition latest(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
    }

    private String keyOf(Task task) {
        return engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
    }
}
