package org.bangfu.workflow.migration;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bangfu.workflow.ProcessMigration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.stereotype.Component;

/**
 * The case processes lost their escalation timers (SLA is one sweep over the tasks' follow-up dates): every instance
 * still running on an older version of them moves to the latest version with Camunda's migration API, activity by
 * activity of the same id. A task that was waiting for its escalation timer keeps that moment as its follow-up date,
 * so nothing escalates earlier or later than it would have; a task whose timer had fired keeps its escalation.
 */
@Component
public class SlaSweepMigration implements ProcessMigration {

    static final List<String> PROCESSES = List.of("HardshipCaseProcess", "AidRequestProcess",
            "EmergencyReliefProcess", "PaymentProcess");

    /** Instances moved per migration call: one call per chunk keeps each statement list bounded. */
    static final int CHUNK = 500;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskService tasks;

    SlaSweepMigration(RepositoryService repository, RuntimeService runtime, ManagementService management,
                      TaskService tasks) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.tasks = tasks;
    }

    @Override
    public String id() {
        return "2026-12-sla-sweep";
    }

    @Override
    public Result migrate() {
        int migrated = 0;
        int failed = 0;
        StringBuilder report = new StringBuilder();
        for (String key : PROCESSES) {
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            if (latest == null) {
                continue;
            }
            for (ProcessDefinition old : repository.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
                // a whole-life hardship model moves to the line of instances by FileLineMigration instead
                if (old.getVersion() < latest.getVersion() && !(FileLineMigration.isWholeLife(repository, old)
                        && !FileLineMigration.isWholeLife(repository, latest))) {
                    Result moved = migrate(old, latest);
                    migrated += moved.migrated();
                    failed += moved.failed();
                    report.append(moved.report());
                }
            }
        }
        return new Result(migrated, failed, report.length() == 0 ? "nothing to move" : report.toString());
    }

    /** Moves the instances of one old version to the target version, keeping each task's escalation moment. */
    public Result migrate(ProcessDefinition old, ProcessDefinition target) {
        List<String> instances = runtime.createProcessInstanceQuery().processDefinitionId(old.getId()).list()
                .stream().map(p -> p.getId()).toList();
        if (instances.isEmpty()) {
            return new Result(0, 0, "");
        }
        String name = old.getKey() + " v" + old.getVersion() + " -> v" + target.getVersion() + ": ";
        Map<String, Date> moments = escalationMoments(old);
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(old.getId(), target.getId()).mapEqualActivities().build();
        } catch (MigrationPlanValidationException invalid) {
            return new Result(0, instances.size(), name + invalid.getMessage() + "; ");
        }
        int migrated = 0;
        int failed = 0;
        StringBuilder report = new StringBuilder();
        for (int from = 0; from < instances.size(); from += CHUNK) {
            List<String> chunk = instances.subList(from, Math.min(instances.size(), from + CHUNK));
            try {
                runtime.newMigration(plan).processInstanceIds(chunk).skipCustomListeners().execute();
                migrated += chunk.size();
            } catch (MigratingProcessInstanceValidationException invalid) {
                failed += chunk.size();
                report.append(name).append(invalid.getMessage()).append("; ");
            }
        }
        keepMoments(moments);
        return new Result(migrated, failed, name + migrated + " moved; " + report);
    }

    /** Task id → the due date of the escalation timer waiting on it, for every instance of the old version. */
    Map<String, Date> escalationMoments(ProcessDefinition old) {
        var model = repository.getBpmnModelInstance(old.getId());
        Map<String, String> taskOfTimer = new HashMap<>();
        for (JobDefinition definition : management.createJobDefinitionQuery().processDefinitionId(old.getId())
                .list()) {
            if (model.getModelElementById(definition.getActivityId()) instanceof BoundaryEvent boundary
                    && definition.getActivityId().startsWith("Boundary_Overdue")) {
                taskOfTimer.put(definition.getId(), boundary.getAttachedTo().getId());
            }
        }
        Map<String, Date> moments = new HashMap<>();
        if (taskOfTimer.isEmpty()) {
            return moments;
        }
        for (Job job : management.createJobQuery().processDefinitionId(old.getId()).timers().list()) {
            String taskKey = taskOfTimer.get(job.getJobDefinitionId());
            if (taskKey == null) {
                continue;
            }
            for (Task task : tasks.createTaskQuery().executionId(job.getExecutionId()).taskDefinitionKey(taskKey)
                    .list()) {
                moments.put(task.getId(), job.getDuedate());
            }
        }
        return moments;
    }

    void keepMoments(Map<String, Date> moments) {
        List<Task> kept = new ArrayList<>();
        moments.forEach((taskId, moment) -> {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task != null) {
                task.setFollowUpDate(moment);
                kept.add(task);
            }
        });
        kept.forEach(tasks::saveTask);
    }
}
