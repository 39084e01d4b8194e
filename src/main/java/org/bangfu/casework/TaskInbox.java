package org.bangfu.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bangfu.approval.AidService;
import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.Tier;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.BangfuException;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The user's work: tasks assigned to them and tasks they may claim through a candidate group of their unit (or
 * escalated to it). Every action re-checks the user against the task's candidate groups and the case's unit, and
 * approval tasks against separation of duties.
 */
@Service
public class TaskInbox {

    static final Set<String> APPROVAL_TASKS = Set.of(ProcessIds.TASK_APPROVE_FILE, ProcessIds.TASK_APPROVE_AID,
            ProcessIds.TASK_APPROVE_EMERGENCY, ProcessIds.TASK_APPROVE_EXIT, ProcessIds.TASK_SPOT_CHECK);

    static final Set<String> AID_TASKS = Set.of(ProcessIds.TASK_APPROVE_AID, ProcessIds.TASK_REVISE_AID_REQUEST,
            ProcessIds.TASK_APPROVE_EMERGENCY);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Jurisdiction jurisdiction;
    private final IdentificationService identification;
    private final OrganizationService organization;
    private final ApprovalService approval;
    private final AidService aid;
    private final Clock clock;
    private final TransactionTemplate eachOnItsOwn;

    TaskInbox(TaskService tasks, RuntimeService runtime, Jurisdiction jurisdiction,
              IdentificationService identification, OrganizationService organization, ApprovalService approval,
              AidService aid, Clock clock,
              PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.jurisdiction = jurisdiction;
        this.identification = identification;
        this.organization = organization;
        this.approval = approval;
        this.aid = aid;
        this.clock = clock;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(
                TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(readOnly = true)
    public List<TaskItem> myTasks(CurrentUser user) {
        return inbox(TaskFilter.mine(), user);
    }

    @Transactional(readOnly = true)
    public List<TaskItem> groupTasks(CurrentUser user) {
        return inbox(TaskFilter.group(), user);
    }

    /** The inbox with its filters; group tasks leave out approval work the user may not do (cases they took part in). */
    @Transactional(readOnly = true)
    public List<TaskItem> inbox(TaskFilter filter, CurrentUser user) {
        List<Task> found = new ArrayList<>();
        if (filter.scope() != TaskFilter.Scope.GROUP) {
            found.addAll(narrow(tasks.createTaskQuery().taskAssignee(user.username()), filter).list());
        }
        List<String> groups = jurisdiction.candidateGroups(user);
        if (filter.scope() != TaskFilter.Scope.MINE && !groups.isEmpty()) {
            found.addAll(narrow(tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned(), filter).list());
        }
        List<TaskOfCase> paired = withCases(found);
        Stream<TaskOfCase> rows = paired.stream()
                .filter(row -> row.hardshipCase() != null && jurisdiction.covers(user, row.hardshipCase().unitId()));
        if (filter.scope() != TaskFilter.Scope.MINE) {
            // approval work the user touched (separation of duties) is not offered to them
            Set<String> untouchable = touchedBy(paired.stream().filter(row -> row.task().getAssignee() == null)
                    .map(TaskOfCase::task).toList(), user);
            rows = rows.filter(row -> !untouchable.contains(row.task().getId()));
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            String text = filter.search().trim();
            rows = rows.filter(row -> row.hardshipCase().caseNo().contains(text)
                    || row.hardshipCase().workerName().contains(text));
        }
        List<TaskOfCase> shown = rows.toList();
        List<TaskItem> items = items(shown).stream().filter(i -> !filter.overdueOnly() || i.overdue()).toList();
        return items.stream().sorted(Comparator.comparing(TaskItem::due,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /**
     * Of the given unassigned tasks, the ids of the approval tasks whose work the user touched (filed, reviewed,
     * visited, revised, supplied data, decided an earlier tier): the approval module says who touched what.
     */
    private Set<String> touchedBy(List<Task> open, CurrentUser user) {
        List<Task> approvals = open.stream().filter(t -> APPROVAL_TASKS.contains(t.getTaskDefinitionKey())).toList();
        if (approvals.isEmpty()) {
            return Set.of();
        }
        Map<String, Map<String, Object>> variables = new HashMap<>();
        runtime.createVariableInstanceQuery()
                .processInstanceIdIn(approvals.stream().map(Task::getProcessInstanceId).distinct()
                        .toArray(String[]::new))
                .variableNameIn(ProcessIds.VAR_CASE_ID, ProcessIds.VAR_AID_REQUEST_ID).list()
                .forEach(v -> variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                        .put(v.getName(), v.getValue()));
        Map<Long, Set<String>> cases = approval.touchedCases(variables.values().stream()
                .map(v -> (Long) v.get(ProcessIds.VAR_CASE_ID)).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Long, Set<String>> requests = aid.touchedRequests(approvals.stream()
                .filter(t -> AID_TASKS.contains(t.getTaskDefinitionKey()))
                .map(t -> (Long) variables.getOrDefault(t.getProcessInstanceId(), Map.of())
                        .get(ProcessIds.VAR_AID_REQUEST_ID))
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Set<String> touched = new HashSet<>();
        for (Task task : approvals) {
            Map<String, Object> v = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
            Set<String> people = AID_TASKS.contains(task.getTaskDefinitionKey())
                    ? requests.getOrDefault((Long) v.get(ProcessIds.VAR_AID_REQUEST_ID), Set.of())
                    : cases.getOrDefault((Long) v.get(ProcessIds.VAR_CASE_ID), Set.of());
            if (people.contains(user.username())) {
                touched.add(task.getId());
            }
        }
        return touched;
    }

    private static TaskQuery narrow(TaskQuery query, TaskFilter filter) {
        if (filter.taskKey() != null && !filter.taskKey().isBlank()) {
            query.taskDefinitionKey(filter.taskKey());
        }
        return query.orderByDueDate().asc();
    }

    @Transactional(readOnly = true)
    public TaskItem task(String taskId, CurrentUser user) {
        Task task = visibleTask(taskId, user);
        return items(withCases(List.of(task))).get(0);
    }

    @Transactional
    public void claim(String taskId, CurrentUser user) {
        Task task = visibleTask(taskId, user);
        if (task.getAssignee() != null) {
            throw new ConflictException("error.taskTaken", task.getAssignee());
        }
        checkMayDecide(task, user);
        tasks.claim(taskId, user.username());
    }

    /**
     * Claims each task it can, each in its own transaction: a refused task (not visible, taken, or approval work the
     * user touched) rolls back only its own claim, never the others. Answers per task whether it was claimed and, if
     * not, the refusal's message key and arguments.
     */
    public BulkClaim claimAll(List<String> taskIds, CurrentUser user) {
        List<TaskClaim> results = new ArrayList<>();
        for (String taskId : taskIds) {
            try {
                eachOnItsOwn.executeWithoutResult(status -> claim(taskId, user));
                results.add(new TaskClaim(taskId, true, null, List.of()));
            } catch (BangfuException refusal) {
                results.add(new TaskClaim(taskId, false, refusal.messageKey(), refusal.args()));
            } catch (org.camunda.bpm.engine.TaskAlreadyClaimedException taken) {
                results.add(new TaskClaim(taskId, false, "error.taskTaken", List.of(taken.getTaskAssignee())));
            }
        }
        return new BulkClaim(results);
    }

    /** One task of a bulk claim: claimed, or refused with the message key (and its arguments) saying why. */
    public record TaskClaim(String taskId, boolean claimed, String reasonKey, List<Object> reasonArgs) {
    }

    public record BulkClaim(List<TaskClaim> results) {

        public int claimed() {
            return (int) results.stream().filter(TaskClaim::claimed).count();
        }

        /** The refused tasks with the message key of each refusal. */
        public Map<String, String> refused() {
            Map<String, String> refused = new java.util.LinkedHashMap<>();
            results.stream().filter(r -> !r.claimed()).forEach(r -> refused.put(r.taskId(), r.reasonKey()));
            return refused;
        }
    }

    /** The refusal a decision by this user would get, for approval tasks. */
    void checkMayDecide(Task task, CurrentUser user) {
        long caseId = caseIdOf(task);
        switch (task.getTaskDefinitionKey()) {
            case ProcessIds.TASK_APPROVE_FILE, ProcessIds.TASK_APPROVE_EXIT, ProcessIds.TASK_SPOT_CHECK ->
                    approval.checkMayDecide(caseId, Tier.COUNTY, user);
            case ProcessIds.TASK_APPROVE_AID, ProcessIds.TASK_APPROVE_EMERGENCY ->
                    aid.checkMayDecide(requestIdOf(task), Tier.valueOf(tierOf(task)), user);
            default -> {
            }
        }
    }

    @Transactional
    public void unclaim(String taskId, CurrentUser user) {
        Task task = visibleTask(taskId, user);
        if (!user.username().equals(task.getAssignee())) {
            throw new ForbiddenException("error.notYourTask");
        }
        tasks.setAssignee(taskId, null);
    }

    /** The task if the user may work on it: assigned to them or in one of their candidate groups, in their subtree. */
    Task visibleTask(String taskId, CurrentUser user) {
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

    /** The visible task, assigned to the user, of one of the expected types. */
    Task assignedTask(String taskId, CurrentUser user, String... keys) {
        Task task = visibleTask(taskId, user);
        if (!List.of(keys).contains(task.getTaskDefinitionKey())) {
            throw new ConflictException("error.wrongTaskType", task.getTaskDefinitionKey());
        }
        if (!user.username().equals(task.getAssignee())) {
            throw new ForbiddenException("error.notYourTask");
        }
        return task;
    }

    long caseIdOf(Task task) {
        return (Long) tasks.getVariable(task.getId(), ProcessIds.VAR_CASE_ID);
    }

    long requestIdOf(Task task) {
        return (Long) tasks.getVariable(task.getId(), ProcessIds.VAR_AID_REQUEST_ID);
    }

    private String tierOf(Task task) {
        Object tier = tasks.getVariable(task.getId(), ProcessIds.VAR_TIER);
        return tier == null ? Tier.COUNTY.name() : tier.toString();
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
        Map<String, HardshipCase> cases = identification.casesByNumbers(new HashSet<>(businessKeys.values())).stream()
                .collect(Collectors.toMap(HardshipCase::caseNo, Function.identity()));
        // tasks of processes without a case (warmth campaigns) are listed on the campaign screens
        return list.stream()
                .map(task -> new TaskOfCase(task, cases.get(businessKeys.get(task.getProcessInstanceId()))))
                .filter(row -> row.hardshipCase() != null).toList();
    }

    /**
     * The rows with the tier, aid request and escalation of each task, read for all of them in two variable queries
     * instead of three per task.
     */
    private List<TaskItem> items(List<TaskOfCase> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> processVariables = new HashMap<>();
        runtime.createVariableInstanceQuery()
                .processInstanceIdIn(rows.stream().map(r -> r.task().getProcessInstanceId()).distinct()
                        .toArray(String[]::new))
                .variableNameIn(ProcessIds.VAR_TIER, ProcessIds.VAR_AID_REQUEST_ID).list()
                .forEach(v -> processVariables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                        .put(v.getName(), v.getValue()));
        Map<String, Object> escalations = new HashMap<>();
        runtime.createVariableInstanceQuery()
                .taskIdIn(rows.stream().map(r -> r.task().getId()).toArray(String[]::new))
                .variableName(TaskEscalation.ESCALATED_TO).list()
                .forEach(v -> escalations.put(v.getTaskId(), v.getValue()));
        Date now = Date.from(clock.instant());
        return rows.stream().map(row -> {
            Task task = row.task();
            HardshipCase c = row.hardshipCase();
            Map<String, Object> variables = processVariables.getOrDefault(task.getProcessInstanceId(), Map.of());
            Object tier = APPROVAL_TASKS.contains(task.getTaskDefinitionKey()) ? variables.get(ProcessIds.VAR_TIER)
                    : null;
            Object request = AID_TASKS.contains(task.getTaskDefinitionKey())
                    ? variables.get(ProcessIds.VAR_AID_REQUEST_ID) : null;
            Object escalated = escalations.get(task.getId());
            return new TaskItem(task.getId(), task.getTaskDefinitionKey(), c.caseNo(), c.id(), c.workerName(),
                    organization.unit(c.unitId()).name(), time(task.getCreateTime()), time(task.getDueDate()),
                    task.getAssignee(), task.getDueDate() != null && task.getDueDate().before(now),
                    tier == null ? null : tier.toString(), escalated == null ? null : escalated.toString(),
                    request == null ? null : (Long) request);
        }).toList();
    }

    private static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
