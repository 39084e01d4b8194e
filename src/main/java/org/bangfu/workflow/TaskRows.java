package org.bangfu.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.bangfu.shared.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads open tasks of declared kinds as rows: each with its business key, the variables its kind reads and its
 * subject, in a few queries whatever the number of tasks; visibility to a user; inbox items.
 */
@Component
class TaskRows {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskKinds kinds;
    private final Map<String, TaskSubjects> subjects;
    private final Jurisdiction jurisdiction;
    private final OrganizationService organization;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final ObjectMapper json;

    /** The inbox row of a task: its subject as written when the task was created, its assignee and due date. */
    static final String STORED = """
            SELECT task_key, process_instance_id, reference, person, unit_id, route, ids, grade, created_at, due_at,
                assignee
            FROM task_item WHERE task_id = :taskId""";

    TaskRows(TaskService tasks, RuntimeService runtime, TaskKinds kinds, List<TaskSubjects> subjects,
             Jurisdiction jurisdiction, OrganizationService organization, Clock clock, JdbcClient jdbc,
             ObjectMapper json) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.kinds = kinds;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjects::name, s -> s));
        this.jurisdiction = jurisdiction;
        this.organization = organization;
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = json;
    }

    record Row(OpenTask task, TaskKind<?> kind, TaskSubjects.Subject subject, String escalatedTo) {
    }

    /** The task of a declared kind with its subject, whoever asks. */
    Row row(String taskId) {
        return row(taskId, true);
    }

    /**
     * The task of a declared kind with its subject; without its escalation (one query less) for the actions that
     * do not show it (claim, unclaim, complete).
     */
    Row row(String taskId, boolean withEscalation) {
        if (!withEscalation) {
            Row stored = stored(taskId);
            if (stored != null) {
                return stored;
            }
        }
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        List<Row> rows = task == null ? List.of() : rows(List.of(task), withEscalation);
        if (rows.isEmpty()) {
            throw new NotFoundException("error.taskNotFound", taskId);
        }
        return rows.get(0);
    }

    private record Stored(String key, String processInstanceId, String reference, String person, long unitId,
                          String route, String ids, String grade, Instant created, Instant due, String assignee) {
    }

    /**
     * The row from the inbox table instead of the engine (the task, its subject's case or campaign): the table holds
     * every open task of a declared kind with its subject (whose unit never changes), and its assignee and due date
     * are written in the engine's transaction. The business key and the variables the kind declares still come from
     * the engine, as in {@link #rows}. Null when the table has no row (a task older than the table), so the caller
     * reads the engine. The engine's own claim or completion that follows still fails for a task gone meanwhile.
     */
    private Row stored(String taskId) {
        Stored item = jdbc.sql(STORED).param("taskId", taskId).query((rs, n) -> new Stored(rs.getString("task_key"),
                rs.getString("process_instance_id"), rs.getString("reference"), rs.getString("person"),
                rs.getLong("unit_id"), rs.getString("route"), rs.getString("ids"), rs.getString("grade"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("due_at")),
                rs.getString("assignee"))).optional().orElse(null);
        TaskKind<?> kind = item == null ? null : kinds.kind(item.key()).orElse(null);
        if (kind == null) {
            return null;
        }
        var instance = runtime.createProcessInstanceQuery().processInstanceId(item.processInstanceId()).singleResult();
        if (instance == null) {
            return null;
        }
        Map<String, Object> variables = new HashMap<>();
        if (!kind.variables().isEmpty()) {
            Set<String> scoped = new HashSet<>();
            for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(item.processInstanceId())
                    .variableNameIn(kind.variables().toArray(String[]::new)).list()) {
                if (v.getExecutionId().equals(v.getProcessInstanceId())) {
                    variables.put(v.getName(), v.getValue());
                } else {
                    scoped.add(v.getName());
                }
            }
            readScoped(taskId, kind.variables(), variables, scoped);
        }
        Map<String, Object> ids;
        try {
            ids = json.readValue(item.ids(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("task ids not readable", e);
        }
        // the subject's own ids: the kind's variables as they were at creation are not the subject's
        ids.keySet().removeAll(kind.variables());
        OpenTask open = new OpenTask(taskId, item.key(), item.processInstanceId(), instance.getBusinessKey(),
                item.assignee(), item.created(), item.due(), variables);
        return new Row(open, kind, new TaskSubjects.Subject(item.reference(), item.person(), item.unitId(), ids,
                item.route(), item.grade()), null);
    }

    /** The task if the user may work on it: assigned to them or in one of their candidate groups, in their subtree. */
    Row visibleRow(String taskId, CurrentUser user) {
        return requireVisible(row(taskId), user);
    }

    /** {@link #visibleRow} without the escalation: for claiming and unclaiming. */
    Row workableRow(String taskId, CurrentUser user) {
        return requireVisible(row(taskId, false), user);
    }

    /** The row if the user may work on its task (same rule as {@link #visibleRow}), read once. */
    Row requireVisible(Row row, CurrentUser user) {
        String taskId = row.task().taskId();
        boolean assigned = user.username().equals(row.task().assignee());
        boolean candidate = !row.kind().claimFirst() || inCandidateGroup(taskId, user);
        if (!(candidate || assigned) || !jurisdiction.covers(user, row.subject().unitId())) {
            // Same answer as a missing task: a user outside the subtree learns nothing about it.
            throw new NotFoundException("error.taskNotFound", taskId);
        }
        return row;
    }

    /**
     * Whether one of the task's candidate groups is one of the user's: one query (the engine's identity links of the
     * task, assigned or not), not the task, its execution, its model and its links read by a command.
     */
    private boolean inCandidateGroup(String taskId, CurrentUser user) {
        List<String> groups = jurisdiction.candidateGroups(user);
        return !groups.isEmpty() && tasks.createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups)
                .includeAssignedTasks().count() > 0;
    }

    List<Row> rows(List<Task> found) {
        return rows(found, true);
    }

    /**
     * Each task of a declared kind with its business key, the variables its kind reads and its subject, in a few
     * queries whatever the number of tasks (variables of a task's own scope are read per task only when the
     * process-wide query did not find them).
     */
    List<Row> rows(List<Task> found, boolean withEscalation) {
        List<Task> known = found.stream().filter(t -> kinds.kind(t.getTaskDefinitionKey()).isPresent()).toList();
        if (known.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = known.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .forEach(p -> businessKeys.put(p.getId(), p.getBusinessKey()));
        Set<String> names = new HashSet<>();
        known.forEach(t -> names.addAll(kinds.kind(t.getTaskDefinitionKey()).orElseThrow().variables()));
        Map<String, Map<String, Object>> processVariables = new HashMap<>();
        Map<String, Set<String>> scopedVariables = new HashMap<>();
        if (!names.isEmpty()) {
            for (VariableInstance v : runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(instanceIds.toArray(String[]::new))
                    .variableNameIn(names.toArray(String[]::new)).list()) {
                if (v.getExecutionId().equals(v.getProcessInstanceId())) {
                    processVariables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
                            .put(v.getName(), v.getValue());
                } else {
                    scopedVariables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashSet<>()).add(v.getName());
                }
            }
        }
        Map<String, Object> escalations = new HashMap<>();
        if (withEscalation) {
            runtime.createVariableInstanceQuery().taskIdIn(known.stream().map(Task::getId).toArray(String[]::new))
                    .variableName(WorkItems.ESCALATED_TO).list().forEach(v -> escalations.put(v.getTaskId(), v.getValue()));
        }
        List<OpenTask> open = new ArrayList<>();
        for (Task task : known) {
            TaskKind<?> kind = kinds.kind(task.getTaskDefinitionKey()).orElseThrow();
            Map<String, Object> variables = new HashMap<>(
                    processVariables.getOrDefault(task.getProcessInstanceId(), Map.of()));
            variables.keySet().retainAll(kind.variables());
            readScoped(task.getId(), kind.variables(), variables,
                    scopedVariables.getOrDefault(task.getProcessInstanceId(), Set.of()));
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

    /**
     * The declared variables the process scope did not hold, read through the task (a multi-instance unit's, a
     * task-local one) when the instance has one of that name in another scope; a name the instance holds nowhere is
     * not visible from the task either, so it is not asked for (the engine's read is several statements).
     */
    private void readScoped(String taskId, Set<String> declared, Map<String, Object> variables, Set<String> scoped) {
        Set<String> missing = new HashSet<>(declared);
        missing.removeAll(variables.keySet());
        missing.retainAll(scoped);
        if (!missing.isEmpty()) {
            tasks.getVariables(taskId, missing).forEach(variables::put);
        }
    }

    List<TaskItem> items(List<Row> rows) {
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
                    ids(row), row.subject().route(), row.subject().grade(), kind.amount(task));
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
        return org.bangfu.shared.LocalZone.of(instant);
    }
}
