package org.bangfu.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.shared.BangfuException;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.NotFoundException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
    private final TaskKinds kinds;
    private final TaskRows rows;
    private final TaskItemQuery query;
    private final Jurisdiction jurisdiction;
    private final TransactionTemplate eachOnItsOwn;

    WorkItems(TaskService tasks, TaskKinds kinds, TaskRows rows, TaskItemQuery query, Jurisdiction jurisdiction,
              PlatformTransactionManager transactions) {
        this.query = query;
        this.tasks = tasks;
        this.kinds = kinds;
        this.rows = rows;
        this.jurisdiction = jurisdiction;
        this.eachOnItsOwn = new TransactionTemplate(transactions);
        this.eachOnItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The most rows one page of the inbox holds (REST and screens). */
    public static final int MAX_PAGE = 200;

    /** The user's own tasks about one reference (a case number, a campaign's name). */
    @Transactional(readOnly = true)
    public List<TaskItem> myTasks(CurrentUser user, String reference) {
        return inbox(new TaskFilter(TaskFilter.Scope.MINE, false, null, reference), user);
    }

    /** The group tasks about one reference that the user may claim. */
    @Transactional(readOnly = true)
    public List<TaskItem> groupTasks(CurrentUser user, String reference) {
        return inbox(new TaskFilter(TaskFilter.Scope.GROUP, false, null, reference), user);
    }

    /** The task ids the inbox filters by, in declaration order. */
    public List<String> taskKeys() {
        return kinds.keys();
    }

    /** The first page (at most {@value #MAX_PAGE}) of the inbox with its filters, earliest due first. */
    @Transactional(readOnly = true)
    public List<TaskItem> inbox(TaskFilter filter, CurrentUser user) {
        return query.page(filter, null, user, 0, MAX_PAGE);
    }

    /**
     * Rows of the inbox from an offset, earliest due first (a lazy grid's or a REST page): the user's own tasks and
     * the group tasks they may claim (leaving out work they took part in, four eyes), in their subtree, filtered in
     * the database; at most {@value #MAX_PAGE}.
     */
    @Transactional(readOnly = true)
    public List<TaskItem> items(TaskFilter filter, CurrentUser user, int offset, int limit) {
        return query.page(filter, null, user, Math.max(0, offset), Math.max(1, Math.min(MAX_PAGE, limit)));
    }

    /** How many tasks the inbox filter finds for the user. */
    @Transactional(readOnly = true)
    public int count(TaskFilter filter, CurrentUser user) {
        return query.count(filter, null, user);
    }

    /** Open tasks of the kinds with this subject that the user may see, e.g. every campaign step waiting for them. */
    @Transactional(readOnly = true)
    public List<TaskItem> inboxOf(String subject, CurrentUser user) {
        return query.page(new TaskFilter(TaskFilter.Scope.ALL, false, null, null), subject, user, 0, MAX_PAGE);
    }

    @Transactional(readOnly = true)
    public TaskItem task(String taskId, CurrentUser user) {
        return rows.items(List.of(rows.visibleRow(taskId, user))).get(0);
    }

    @Transactional
    public void claim(String taskId, CurrentUser user) {
        TaskRows.Row row = rows.workableRow(taskId, user);
        if (row.task().assignee() != null) {
            throw new ConflictException("error.taskTaken", row.task().assignee());
        }
        row.kind().checkMayClaim(row.task(), user);
        tasks.claim(taskId, user.username());
    }

    @Transactional
    public void unclaim(String taskId, CurrentUser user) {
        TaskRows.Row row = rows.workableRow(taskId, user);
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
        TaskRows.Row row = rows.row(taskId, false);
        if (row.kind().claimFirst()) {
            rows.requireVisible(row, user);
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
                new TaskVariables(known(row), () -> tasks.getVariables(taskId)));
        Map<String, Object> variables = run(kind, open, command, user);
        tasks.complete(taskId, variables);
    }

    /** Completes the task with its kind's command, from a screen. */
    @Transactional
    public void complete(String taskId, Object command, CurrentUser user) {
        complete(taskId, null, command, user);
    }

    /**
     * What the row already says of the task's variables: the ones its kind declares (read from the engine with the
     * row) and its subject's ids that are not among them (a case task's {@code caseId}: the case of the process's
     * business key, which is the case the process was started for).
     */
    private static Map<String, Object> known(TaskRows.Row row) {
        Map<String, Object> known = new java.util.HashMap<>();
        row.subject().ids().forEach((name, value) -> {
            if (value != null && !row.kind().variables().contains(name)) {
                known.put(name, value);
            }
        });
        known.putAll(row.task().variables());
        return known;
    }

    /**
     * The task's variables: those the row already knows, and the others read from the engine the first time a kind
     * asks (in the completing transaction, before the task completes): most kinds record their command and read at
     * most the case's id, and the read costs several statements.
     */
    private static final class TaskVariables extends java.util.AbstractMap<String, Object> {

        private final Map<String, Object> known;
        private final java.util.function.Supplier<Map<String, Object>> source;
        private Map<String, Object> loaded;

        TaskVariables(Map<String, Object> known, java.util.function.Supplier<Map<String, Object>> source) {
            this.known = known;
            this.source = source;
        }

        private Map<String, Object> loaded() {
            if (loaded == null) {
                loaded = source.get();
            }
            return loaded;
        }

        @Override
        public Object get(Object key) {
            return known.containsKey(key) ? known.get(key) : loaded().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return known.containsKey(key) || loaded().containsKey(key);
        }

        @Override
        public java.util.Set<Entry<String, Object>> entrySet() {
            return loaded().entrySet();
        }
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
        return rows.rows(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key)
                .orderByTaskCreateTime().asc().list(), false).stream().map(TaskRows.Row::task).toList();
    }

    /** The open tasks of every kind in the process with this business key. */
    @Transactional(readOnly = true)
    public List<OpenTask> openTasks(String businessKey) {
        return rows.rows(tasks.createTaskQuery().processInstanceBusinessKey(businessKey).orderByTaskCreateTime().asc()
                .list(), false).stream().map(TaskRows.Row::task).toList();
    }

    /**
     * Completes every open task of one kind in the process with this business key, for work recorded elsewhere (a
     * means-check result arrived by file import for the case): the user's subtree must cover each task's subject,
     * the same jurisdiction check as the inbox, though the tasks need not be claimed. Answers how many were completed.
     */
    @Transactional
    public int completeOpen(String businessKey, String key, CurrentUser user) {
        List<TaskRows.Row> open = rows.rows(tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(key).list(), false);
        for (TaskRows.Row row : open) {
            if (!jurisdiction.covers(user, row.subject().unitId())) {
                throw new NotFoundException("error.taskNotFound", row.task().taskId());
            }
            tasks.complete(row.task().taskId());
        }
        return open.size();
    }
}
