package org.bangfu.workflow.migration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bangfu.workflow.ProcessMigration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A file's whole life was one {@code HardshipCaseProcess} instance; now it is a line of instances that end
 * (application, follow-up period, visit, yearly review, exit). Every instance still running on a whole-life version
 * moves with Camunda's migration API to the instance that now holds the step it waits in:
 * <ul>
 *   <li>still in the application: to the latest {@code HardshipCaseProcess}, activity by activity of the same id;</li>
 *   <li>open, waiting for an exit request: to {@code FollowUpProcess} (its visit timer keeps its next due date);</li>
 *   <li>in the exit assessment or approval, the gradual exit or the watch list: to {@code ExitProcess} (tasks,
 *       timers and the running payment keep their state, the watch keeps its end);</li>
 *   <li>work that now lives in an instance of its own (an open visit, yearly review or spot check) first moves to a
 *       new {@code FollowUpVisitProcess} / {@code CaseReviewProcess} started at that task, keeping its assignee, due
 *       and follow-up dates and escalation; the old task is then removed without running listeners.</li>
 * </ul>
 * An instance whose state fits none of these (e.g. an escalation step of a model older than the SLA sweep) stays
 * where it is and is reported by id, so an operator can look at it.
 */
@Component
public class FileLineMigration implements ProcessMigration {

    /** The element only the whole-life models have. */
    public static final String WHOLE_LIFE_MARKER = "SubProcess_FileOpen";

    /** Side work that moves to an instance of its own: task key to the process that now holds it. */
    static final Map<String, String> SIDE_WORK = Map.of(
            "Task_FollowUpVisit", "FollowUpVisitProcess",
            "Task_YearlyReview", "CaseReviewProcess",
            "Task_SpotCheck", "CaseReviewProcess");

    /** What the file was waiting for in its open period: the follow-up period waits for it now. */
    static final Set<String> PERIOD = Set.of("Event_ExitRequested");

    /** Steps of the exit, the gradual exit and the watch list: ExitProcess holds them now. */
    static final Set<String> EXIT = Set.of("Task_AssessExit", "Task_ApproveExit",
            "Task_PayGradualMonth", "CallActivity_GradualBankPayment", "Event_GradualMonthPassed", "Task_CloseFile",
            "Event_RelapseReported", "Task_CallBack", "Task_EndWatch");

    private static final String VISIT_DUE = "StartEvent_VisitDue";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final SlaSweepMigration slaSweep;
    private final ManagementService management;

    FileLineMigration(RepositoryService repository, RuntimeService runtime, TaskService tasks,
                      SlaSweepMigration slaSweep, ManagementService management) {
        this.management = management;
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.slaSweep = slaSweep;
    }

    @Override
    public String id() {
        return "2026-12-file-line";
    }

    @Override
    public Result migrate() {
        int migrated = 0;
        int failed = 0;
        StringBuilder report = new StringBuilder();
        for (ProcessDefinition old : repository.createProcessDefinitionQuery()
                .processDefinitionKey("HardshipCaseProcess").orderByProcessDefinitionVersion().asc().list()) {
            if (isWholeLife(old)) {
                Result moved = migrate(old);
                migrated += moved.migrated();
                failed += moved.failed();
                report.append(moved.report());
            }
        }
        return new Result(migrated, failed, report.length() == 0 ? "nothing to move" : report.toString());
    }

    /** Moves the running instances of one whole-life version to the line of instances. */
    public Result migrate(ProcessDefinition old) {
        List<ProcessInstance> running = runtime.createProcessInstanceQuery().processDefinitionId(old.getId()).list();
        if (running.isEmpty()) {
            return new Result(0, 0, "");
        }
        Targets targets = targets();
        // a model older than the SLA sweep escalated by timers: each waiting task keeps that moment
        Map<String, java.util.Date> moments = slaSweep.escalationMoments(old);
        Map<String, java.util.Date> visitDates = visitDates(old);
        Map<String, List<String>> byTarget = new LinkedHashMap<>();
        List<String> unfit = new ArrayList<>();
        int sideWork = 0;
        for (ProcessInstance instance : running) {
            sideWork += moveSideWork(instance);
            String target = targetOf(activeSteps(instance.getId()), targets);
            if (target == null) {
                unfit.add(instance.getBusinessKey());
            } else {
                byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(instance.getId());
            }
        }
        String name = old.getKey() + " v" + old.getVersion() + ": ";
        StringBuilder report = new StringBuilder(name);
        int migrated = 0;
        int failed = unfit.size();
        for (Map.Entry<String, List<String>> group : byTarget.entrySet()) {
            ProcessDefinition target = repository.getProcessDefinition(group.getKey());
            try {
                MigrationPlan plan = plan(old, target);
                runtime.newMigration(plan).processInstanceIds(group.getValue()).skipCustomListeners()
                        .skipIoMappings().execute();
                migrated += group.getValue().size();
                report.append(group.getValue().size()).append(" to ").append(target.getKey()).append(" v")
                        .append(target.getVersion()).append("; ");
            } catch (ProcessEngineException refused) {
                failed += group.getValue().size();
                report.append(group.getValue().size()).append(" not to ").append(target.getKey()).append(": ")
                        .append(refused.getMessage()).append("; ");
            }
        }
        slaSweep.keepMoments(moments);
        keepVisitDates(visitDates);
        if (sideWork > 0) {
            report.append(sideWork).append(" open visit or review tasks moved to instances of their own; ");
        }
        if (!unfit.isEmpty()) {
            report.append("left in place (no step of the new models fits): ").append(unfit).append("; ");
        }
        return new Result(migrated, failed, report.toString());
    }

    private record Targets(ProcessDefinition application, ProcessDefinition period, ProcessDefinition exit) {
    }

    private Targets targets() {
        ProcessDefinition application = repository.createProcessDefinitionQuery()
                .processDefinitionKey("HardshipCaseProcess").orderByProcessDefinitionVersion().desc().list()
                .stream().filter(d -> !isWholeLife(d)).findFirst().orElseThrow();
        return new Targets(application, latest("FollowUpProcess"), latest("ExitProcess"));
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    /** The definition an instance with these active steps moves to, or null when it fits none. */
    private static String targetOf(Set<String> steps, Targets targets) {
        if (steps.stream().anyMatch(EXIT::contains)) {
            return targets.exit().getId();
        }
        if (steps.stream().anyMatch(PERIOD::contains)) {
            return targets.period().getId();
        }
        boolean application = steps.stream().noneMatch(s -> s.equals(WHOLE_LIFE_MARKER)
                || s.startsWith("EventSubProcess_") && !s.equals("EventSubProcess_Objection"));
        return application && !steps.isEmpty() ? targets.application().getId() : null;
    }

    /** Old and new models share their element ids; a step that moved from a sub-process to the top is mapped too. */
    private MigrationPlan plan(ProcessDefinition old, ProcessDefinition target) {
        var builder = runtime.createMigrationPlan(old.getId(), target.getId()).mapEqualActivities();
        if (target.getKey().equals("FollowUpProcess")) {
            // the visit timer's scope (the old sub-process) has no counterpart: the target starts its own, and
            // keepVisitDates gives it the old due date
            builder.mapActivities("Event_ExitRequested", "Event_ExitRequested");
        } else if (target.getKey().equals("ExitProcess")) {
            builder.mapActivities("Task_AssessExit", "Task_AssessExit")
                    .mapActivities("Task_ApproveExit", "Task_ApproveExit");
        }
        return builder.build();
    }

    /**
     * Moves each open visit, yearly review or spot check of the instance to a new instance of the process that now
     * holds it, started at that task, and removes the old task. Answers how many moved.
     */
    private int moveSideWork(ProcessInstance instance) {
        int moved = 0;
        for (ActivityInstance step : leaves(runtime.getActivityInstance(instance.getId()))) {
            String process = SIDE_WORK.get(step.getActivityId());
            if (process == null) {
                continue;
            }
            Task old = tasks.createTaskQuery().activityInstanceIdIn(step.getId()).singleResult();
            Map<String, Object> variables = new LinkedHashMap<>(runtime.getVariables(instance.getId(), List.of(
                    "caseId", "caseworkerGroup", "approverGroup")));
            String started = runtime.createProcessInstanceByKey(process).businessKey(instance.getBusinessKey())
                    .setVariables(variables).startBeforeActivity(step.getActivityId()).execute().getId();
            if (old != null) {
                Task copy = tasks.createTaskQuery().processInstanceId(started)
                        .taskDefinitionKey(step.getActivityId()).singleResult();
                copy.setAssignee(old.getAssignee());
                copy.setDueDate(old.getDueDate());
                copy.setFollowUpDate(old.getFollowUpDate());
                tasks.saveTask(copy);
                Map<String, Object> local = tasks.getVariablesLocal(old.getId());
                if (!local.isEmpty()) {
                    tasks.setVariablesLocal(copy.getId(), local);
                }
            }
            runtime.createProcessInstanceModification(instance.getId()).cancelActivityInstance(step.getId())
                    .execute(true, true);
            moved++;
        }
        return moved;
    }

    /** Process instance id → when its next visit is due (the old period's timer). */
    private Map<String, java.util.Date> visitDates(ProcessDefinition old) {
        Map<String, java.util.Date> dates = new java.util.HashMap<>();
        for (Job job : management.createJobQuery().processDefinitionId(old.getId()).activityId(VISIT_DUE).timers()
                .list()) {
            dates.put(job.getProcessInstanceId(), job.getDuedate());
        }
        return dates;
    }

    private void keepVisitDates(Map<String, java.util.Date> dates) {
        dates.forEach((instance, due) -> management.createJobQuery().processInstanceId(instance)
                .activityId(VISIT_DUE).timers().list()
                .forEach(job -> management.setJobDuedate(job.getId(), due)));
    }

    private Set<String> activeSteps(String processInstanceId) {
        Set<String> steps = new java.util.HashSet<>();
        collect(runtime.getActivityInstance(processInstanceId), steps);
        return steps;
    }

    private static void collect(ActivityInstance instance, Set<String> steps) {
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            steps.add(child.getActivityId());
            collect(child, steps);
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            steps.add(transition.getActivityId());
        }
    }

    private static List<ActivityInstance> leaves(ActivityInstance root) {
        List<ActivityInstance> leaves = new ArrayList<>();
        for (ActivityInstance child : root.getChildActivityInstances()) {
            if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
                leaves.add(child);
            } else {
                leaves.addAll(leaves(child));
            }
        }
        return leaves;
    }

    private boolean isWholeLife(ProcessDefinition definition) {
        return isWholeLife(repository, definition);
    }

    /** Whether the definition is a whole-life hardship model (the file's life in one instance). */
    static boolean isWholeLife(RepositoryService repository, ProcessDefinition definition) {
        return definition.getKey().equals("HardshipCaseProcess") && repository.getBpmnModelInstance(
                definition.getId()).getModelElementById(WHOLE_LIFE_MARKER) != null;
    }
}
