package org.bangfu.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.BangfuException;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The user's work, from the {@link TaskKind} declarations: tasks assigned to them and tasks they may claim through a
 * candidate group of their unit (or escalated to it), in their subtree. Every action re-checks the user against the
 * task's candidate groups and its subject's unit, and the kind's four-eyes rule; completing a task runs the kind's
 * command and completes the task in one transaction, so a refusal leaves the task open and nothing saved.
 */
@Service
public class WorkItems {

    /** The task-local variable naming the unit code a task was escalated to. */
    public static final String ESCALATED_TO = "escalatedTo";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskKinds kinds;
    private final Map<String, TaskSubjects> subjects;
    private final Jurisdiction jurisdiction;
    private final OrganizationService organization;
    private final Clock clock;
    private final TransactionTemplate eachOnItsOwn;

    WorkItems(TaskService tasks, RuntimeService runtime, TaskKinds kinds, List<TaskSubjects> subjects,
              Jurisdiction jurisdiction, OrganizationService organization, Clock clock,
              PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.kinds = kinds;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjects::name, s -> s));
        this.jurisdiction = jurisdiction;
        this.organization = organization;
        this.clock = clock;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(readOnly = true)
    public List<TaskItem> myTasks(CurrentUser user) {
        return inbox(TaskFilter.mine(), user);
    }

    @Transactional(readOnly = true)
    public List<TaskItem> groupTasks(CurrentUser user) {
        return inbox(TaskFilter.group(), user);
    }

    /** The task ids the inbox filters by, in declaration order. */
    public List<String> taskKeys() {
        return kinds.keys();
    }

    /**
     * The inbox with its filters, earliest due first; group tasks leave out work the user may not take (four eyes).
     */
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
        List<Row> rows = rows(found).stream()
                .filter(row -> jurisdiction.covers(user, row.subject().unitId())).toList();
        if (filter.scope() != TaskFilter.Scope.MINE) {
            Set<String> untouchable = touchedBy(rows.stream().filter(row -> row.task().assignee() == null).toList(),
                    user);
            rows = rows.stream().filter(row -> !untouchable.contains(row.task().taskId())).toList();
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            String text = filter.search().trim();
            rows = rows.stream().filter(row -> row.subject().reference().contains(text)
                    || (row.subject().person() != null && row.subject().person().contains(text))).toList();
        }
        List<TaskItem> items = items(rows);
        return items.stream().filter(i -> !filter.overdueOnly() || i.overdue())
                .sorted(Comparator.comparing(TaskItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** How many tasks the filter shows. */
    @Transactional(readOnly = true)
    public int count(TaskFilter filter, CurrentUser user) {
        return inbox(filter, user).size();
    }

    /** Open tasks of the kinds with this subject that the user may see, e.g. every campaign step waiting for them. */
    @Transactional(readOnly = true)
    public List<TaskItem> inboxOf(String subject, CurrentUser user) {
        return inbox(new TaskFilter(TaskFilter.Scope.ALL, false, null, null), user).stream()
                .filter(item -> subject.equals(item.subject())).toList();
    }

    @Transactional(readOnly = true)
    public TaskItem task(String taskId, CurrentUser user) {
        return items(List.of(visibleRow(taskId, user))).get(0);
    }

    @Transactional
    public void claim(String taskId, CurrentUser user) {
        Row row = visibleRow(taskId, user);
        if (row.task().assignee() != null) {
            throw new ConflictException("error.taskTaken", row.task().assignee());
        }
        row.kind().checkMayClaim(row.task(), user);
        tasks.claim(taskId, user.username());
    }

    @Transactional
    public void unclaim(String taskId, CurrentUser user) {
        Row row = visibleRow(taskId, user);
        if (!user.username().equals(row.task().assignee())) {
            throw new ForbiddenException("error.notYourTask");
        }
        tasks.setAssignee(taskId, null);
    }

    /**
     * Claims each task it can, each in its own transaction: a refused task (not visible, taken, or work the user
     * touched) rolls back only its own claim, never the others. Answers per task whether it was claimed and, if not,
     * the refusal's message key and arguments.
     */
    public BulkClaim claimAll(List<String> taskIds, CurrentUser user) {
        List<TaskClaim> results = new ArrayList<>();
        for (String taskId : taskIds) {
            try {
                eachOnItsOwn.executeWithoutResult(status -> claim(taskId, user));
                results.add(new TaskClaim(taskId, true, null, List.of()));
            } catch (BangfuException refusal) {
                results.add(new TaskClaim(taskId, false, refusal.messageKey(), refusal.args()));
            } catch (TaskAlreadyClaimedException taken) {
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
            Map<String, String> refused = new LinkedHashMap<>();
            results.stream().filter(r -> !r.claimed()).forEach(r -> refused.put(r.taskId(), r.reasonKey()));
            return refused;
        }
    }

    /**
     * Completes the task with its kind's command: the task must be visible to the user, of a kind that reads this
     * command (and, through REST, answers this action) and, when the kind says so, claimed by the user. The kind
     * records the work; then the task is completed with the variables it answered, all in one transaction.
     */
    @Transactional
    public void complete(String taskId, String action, Object command, CurrentUser user) {
        Row row = row(taskId);
        if (row.kind().claimFirst()) {
            row = visibleRow(taskId, user);
        }
        TaskKind<?> kind = row.kind();
        if ((action != null && !action.equals(kind.action()))
                || (command != null && !kind.commandType().isInstance(command))) {
            throw new ConflictException("error.wrongTaskType", row.task().key());
        }
        if (kind.claimFirst() && !user.username().equals(row.task().assignee())) {
            throw new ForbiddenException("error.notYourTask");
        }
        OpenTask open = new OpenTask(row.task().taskId(), row.task().key(), row.task().processInstanceId(),
                row.task().businessKey(), row.task().assignee(), row.task().created(), row.task().due(),
                tasks.getVariables(taskId));
        Map<String, Object> variables = run(kind, open, command, user);
        tasks.complete(taskId, variables);
    }

    /** Completes the task with its kind's command, from a screen. */
    @Transactional
    public void complete(String taskId, Object command, CurrentUser user) {
        complete(taskId, null, command, user);
    }

    @SuppressWarnings("unchecked")
    private static <C> Map<String, Object> run(TaskKind<C> kind, OpenTask task, Object command, CurrentUser user) {
        Map<String, Object> variables = kind.complete(task, (C) command, user);
        return variables == null ? Map.of() : variables;
    }

    /**
     * The open tasks of one kind in the process with this business key, with the variables the kind reads: for the
     * screens that work a step by its subject (a campaign's unit) rather than from the inbox.
     */
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks(String businessKey, String key) {
        return rows(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key)
                .orderByTaskCreateTime().asc().list(), false).stream().map(Row::task).toList();
    }

    /** The open tasks of every kind in the process with this business key. */
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks(String businessKey) {
        return rows(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).orderByTaskCreateTime().asc()
                .list(), false).stream().map(Row::task).toList();
    }

    /**
     * Completes, on the process's own account, every open task of one kind in the process with this business key
     * (a means-check result arrived by file import for the case). The caller has checked the user's right to the
     * subject and recorded the work. Answers how many were completed.
     */
    @Transactional
    public int completeOpen(String businessKey, String key) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).list();
        open.forEach(task -> tasks.complete(task.getId()));
        return open.size();
    }

    // ---- rows ----

    private record Row(OpenTask task, TaskKind<?> kind, TaskSubjects.Subject subject, String escalatedTo) {
    }

    private Set<String> touchedBy(List<Row> unassigned, CurrentUser user) {
        Map<TaskKind<?>, List<OpenTask>> byKind = new LinkedHashMap<>();
        unassigned.forEach(row -> byKind.computeIfAbsent(row.kind(), k -> new ArrayList<>()).add(row.task()));
        Set<String> touched = new HashSet<>();
        byKind.forEach((kind, open) -> touched.addAll(kind.touchedBy(open, user)));
        return touched;
    }

    private static TaskQuery narrow(TaskQuery query, TaskFilter filter) {
        if (filter.taskKey() != null && !filter.taskKey().isBlank()) {
            query.taskDefinitionKey(filter.taskKey());
        }
        return query.orderByDueDate().asc();
    }

    /** The task of a declared kind with its subject, whoever asks. */
    private Row row(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        List<Row> rows = task == null ? List.of() : rows(List.of(task));
        if (rows.isEmpty()) {
            throw new NotFoundException("error.taskNotFound", taskId);
        }
        return rows.get(0);
    }

    /** The task if the user may work on it: assigned to them or in one of their candidate groups, in their subtree. */
    private Row visibleRow(String taskId, CurrentUser user) {
        Row row = row(taskId);
        boolean assigned = user.username().equals(row.task().assignee());
        boolean candidate = !row.kind().claimFirst() || tasks.getIdentityLinksForTask(taskId).stream()
                .map(IdentityLink::getGroupId).anyMatch(new HashSet<>(jurisdiction.candidateGroups(user))::contains);
        if (!(candidate || assigned) || !jurisdiction.covers(user, row.subject().unitId())) {
            // Same answer as a missing task: a user outside the subtree learns nothing about it.
            throw new NotFoundException("error.taskNotFound", taskId);
        }
        return row;
    }

    private List<Row> rows(List<Task> found) {
        return rows(found, true);
    }

    /**
     * Each task of a declared kind with its business key, the variables its kind reads and its subject, in a few
     * queries whatever the number of tasks (variables of a task's own scope are read per task only when the
     * process-wide query did not find them).
     */
    private List<Row> rows(List<Task> found, boolean withEscalation) {
        List<Task> known = found.stream().filter(t -> kinds.kind(t.getTaskDefinitionKey()).isPresent()).toList();
        if (known.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = known.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .forEach(p -> businessKeys.put(p.getId(), businessKeyOf(p)));
        Set<String> names = new HashSet<>();
        known.forEach(t -> names.addAll(kinds.kind(t.getTaskDefinitionKey()).orElseThrow().variables()));
        Map<String, Map<String, Object>> processVariables = new HashMap<>();
        if (!names.isEmpty()) {
            for (VariableInstance v : runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(instanceIds.toArray(String[]::new))
                    .variableNameIn(names.toArray(String[]::new)).list()) {
                if (v.getExecutionId().equals(v.getProcessInstanceId())) {
                    processVariables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                            .put(v.getName(), v.getValue());
                }
            }
        }
        Map<String, Object> escalations = new HashMap<>();
        if (withEscalation) {
            runtime.createVariableInstanceQuery().taskIdIn(known.stream().map(Task::getId).toArray(String[]::new))
                    .variableName(ESCALATED_TO).list().forEach(v -> escalations.put(v.getTaskId(), v.getValue()));
        }
        List<OpenTask> open = new ArrayList<>();
        for (Task task : known) {
            TaskKind<?> kind = kinds.kind(task.getTaskDefinitionKey()).orElseThrow();
            Map<String, Object> variables = new HashMap<>(
                    processVariables.getOrDefault(task.getProcessInstanceId(), Map.of()));
            variables.keySet().retainAll(kind.variables());
            if (!variables.keySet().containsAll(kind.variables())) {
                // a variable of the task's own scope (a multi-instance unit): read through the task
                Set<String> missing = new HashSet<>(kind.variables());
                missing.removeAll(variables.keySet());
                tasks.getVariables(task.getId(), missing).forEach(variables::put);
            }
            open.add(new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
                    businessKeys.get(task.getProcessInstanceId()), task.getAssignee(), instant(task.getCreateTime()),
                    instant(task.getDueDate()), variables));
        }
        Map<String, TaskSubjects.Subject> described = new HashMap<>();
        open.stream().collect(Collectors.groupingBy(t -> kinds.kind(t.key()).orElseThrow().subjects(),
                LinkedHashMap::new, Collectors.toList())).forEach((name, list) -> {
            TaskSubjects source = subjects.get(name);
            if (source == null) {
                throw new IllegalStateException("No TaskSubjects named " + name);
            }
            described.putAll(source.describe(list));
        });
        List<Row> rows = new ArrayList<>();
        for (OpenTask task : open) {
            TaskSubjects.Subject subject = described.get(task.taskId());
            if (subject != null) {
                Object escalated = escalations.get(task.taskId());
                rows.add(new Row(task, kinds.kind(task.key()).orElseThrow(), subject,
                        escalated == null ? null : escalated.toString()));
            }
        }
        return rows;
    }

    private static String businessKeyOf(ProcessInstance instance) {
        return instance.getBusinessKey();
    }

    private List<TaskItem> items(List<Row> rows) {
        Instant now = clock.instant();
        Map<Long, String> unitNames = new HashMap<>();
        return rows.stream().map(row -> {
            OpenTask task = row.task();
            TaskKind<?> kind = row.kind();
            Object badge = kind.badgeVariable() == null ? null : task.variable(kind.badgeVariable());
            return new TaskItem(task.taskId(), task.key(), kind.subjects(), row.subject().reference(),
                    row.subject().person(), row.subject().unitId(),
                    unitNames.computeIfAbsent(row.subject().unitId(), id -> organization.unit(id).name()),
                    time(task.created()), time(task.due()), task.assignee(),
                    task.due() != null && task.due().isBefore(now),
                    badge == null ? null : "enum." + kind.badgeType() + "." + badge, row.escalatedTo(),
                    ids(row), row.subject().route());
        }).toList();
    }

    /** The subject's ids with the references the task's kind reads (an aid request, a tier). */
    private static Map<String, Object> ids(Row row) {
        Map<String, Object> ids = new LinkedHashMap<>(row.subject().ids());
        row.task().variables().forEach((name, value) -> {
            if (value != null) {
                ids.putIfAbsent(name, value);
            }
        });
        return ids;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
