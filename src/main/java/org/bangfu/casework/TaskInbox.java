package org.bangfu.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.DecideCommand;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user's work: tasks assigned to them and tasks they may claim through a candidate group of their subtree.
 * Every action re-checks the user against the task's candidate groups and the case's unit.
 */
@Service
public class TaskInbox {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Jurisdiction jurisdiction;
    private final IdentificationService identification;
    private final OrganizationService organization;
    private final ApprovalService approval;
    private final Clock clock;

    TaskInbox(TaskService tasks, RuntimeService runtime, Jurisdiction jurisdiction,
              IdentificationService identification, OrganizationService organization, ApprovalService approval,
              Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.jurisdiction = jurisdiction;
        this.identification = identification;
        this.organization = organization;
        this.approval = approval;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TaskItem> myTasks(CurrentUser user) {
        List<Task> mine = tasks.createTaskQuery().taskAssignee(user.username()).orderByDueDate().asc().list();
        return withCases(mine).stream().filter(row -> jurisdiction.covers(user, row.hardshipCase().unitId()))
                .map(this::item).toList();
    }

    /** Unassigned tasks the user may claim, without those of cases they filed (they could not approve them). */
    @Transactional(readOnly = true)
    public List<TaskItem> groupTasks(CurrentUser user) {
        List<String> groups = jurisdiction.candidateGroups(user);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Task> open = tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned()
                .orderByDueDate().asc().list();
        return withCases(open).stream()
                .filter(row -> !row.hardshipCase().filedBy().equals(user.username()))
                .map(this::item).toList();
    }

    @Transactional(readOnly = true)
    public TaskItem task(String taskId, CurrentUser user) {
        Task task = visibleTask(taskId, user);
        return item(withCases(List.of(task)).get(0));
    }

    @Transactional
    public void claim(String taskId, CurrentUser user) {
        Task task = visibleTask(taskId, user);
        if (task.getAssignee() != null) {
            throw new ConflictException("error.taskTaken", task.getAssignee());
        }
        if (ProcessIds.TASK_APPROVE_AID.equals(task.getTaskDefinitionKey())) {
            approval.checkMayDecide(caseIdOf(task), user);
        }
        tasks.claim(taskId, user.username());
    }

    @Transactional
    public void unclaim(String taskId, CurrentUser user) {
        Task task = visibleTask(taskId, user);
        if (!user.username().equals(task.getAssignee())) {
            throw new ForbiddenException("error.notYourTask");
        }
        tasks.setAssignee(taskId, null);
    }

    /** Completes an approval task: the approval module records the decision, then the process moves on. */
    @Transactional
    public void decide(String taskId, DecideCommand decision, CurrentUser user) {
        Task task = visibleTask(taskId, user);
        if (!ProcessIds.TASK_APPROVE_AID.equals(task.getTaskDefinitionKey())) {
            throw new ConflictException("error.wrongTaskType", task.getTaskDefinitionKey());
        }
        if (!user.username().equals(task.getAssignee())) {
            throw new ForbiddenException("error.notYourTask");
        }
        DecideCommand forThisCase = new DecideCommand(caseIdOf(task), decision.approve(), decision.amount(),
                decision.reason());
        boolean approved = approval.decide(forThisCase, user).approved();
        tasks.complete(taskId, Map.of(ProcessIds.VAR_APPROVED, approved));
    }

    /** The task if the user may work on it: assigned to them or in one of their candidate groups. */
    private Task visibleTask(String taskId, CurrentUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("error.taskNotFound", taskId);
        }
        Set<String> groups = new HashSet<>(jurisdiction.candidateGroups(user));
        boolean candidate = tasks.getIdentityLinksForTask(taskId).stream()
                .map(IdentityLink::getGroupId).anyMatch(groups::contains);
        boolean assigned = user.username().equals(task.getAssignee());
        if (!(candidate || assigned) || !jurisdiction.covers(user, identification.caseById(caseIdOf(task)).unitId())) {
            // Same answer as a missing task: a user outside the subtree learns nothing about it.
            throw new NotFoundException("error.taskNotFound", taskId);
        }
        return task;
    }

    private long caseIdOf(Task task) {
        return (Long) tasks.getVariable(task.getId(), ProcessIds.VAR_CASE_ID);
    }

    private record TaskOfCase(Task task, HardshipCase hardshipCase) {
    }

    /** Pairs each task with its case in two queries, whatever the number of tasks. */
    private List<TaskOfCase> withCases(List<Task> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<String, String> businessKeys = runtime.createProcessInstanceQuery()
                .processInstanceIds(list.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, HardshipCase> cases = identification.casesByNumbers(businessKeys.values()).stream()
                .collect(Collectors.toMap(HardshipCase::caseNo, Function.identity()));
        return list.stream()
                .map(task -> new TaskOfCase(task, cases.get(businessKeys.get(task.getProcessInstanceId())))).toList();
    }

    private TaskItem item(TaskOfCase row) {
        Task task = row.task();
        HardshipCase c = row.hardshipCase();
        Date now = Date.from(clock.instant());
        return new TaskItem(task.getId(), task.getTaskDefinitionKey(), c.caseNo(), c.id(), c.workerName(),
                organization.unit(c.unitId()).name(), time(task.getCreateTime()), time(task.getDueDate()),
                task.getAssignee(), task.getDueDate() != null && task.getDueDate().before(now));
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
