package org.bangfu.workflow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.OrganizationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps the inbox table ({@code task_item}, its groups and four-eyes exclusions) in step with the engine, in the
 * engine's own transaction: the engine publishes every task event to Spring (the eventing bridge, not skippable),
 * and each open task of a declared kind has one row with what the inbox shows and filters on. Its subject is read
 * once, when the task is created.
 */
@Component
class TaskItems {

    static final String INSERT = """
            INSERT INTO task_item (task_id, task_key, process_instance_id, subjects, reference, person, unit_id,
                unit_path, route, ids, created_at, due_at, assignee, badge, grade, amount, escalated_to)
            VALUES (:taskId, :taskKey, :processInstanceId, :subjects, :reference, :person, :unitId, :unitPath,
                :route, :ids, :createdAt, :dueAt, :assignee, :badge, :grade, :amount, :escalatedTo)""";
    static final String INSERT_GROUP = """
            INSERT INTO task_item_group (task_id, group_id, assigned, due_at, task_key, unit_path)
            SELECT task_id, :groupId, assignee IS NOT NULL, due_at, task_key, unit_path FROM task_item
            WHERE task_id = :taskId AND NOT EXISTS (
                SELECT 1 FROM task_item_group g WHERE g.task_id = :taskId AND g.group_id = :groupId)""";
    static final String INSERT_EXCLUDED = """
            INSERT INTO task_item_excluded (task_id, username) VALUES (:taskId, :username)""";
    static final String EXISTS = "SELECT COUNT(*) FROM task_item WHERE task_id = :taskId";
    static final String UPDATE = """
            UPDATE task_item SET assignee = :assignee, due_at = :dueAt WHERE task_id = :taskId""";
    static final String UPDATE_GROUPS = """
            UPDATE task_item_group SET assigned = :assigned, due_at = :dueAt WHERE task_id = :taskId""";
    static final String ESCALATED = "UPDATE task_item SET escalated_to = :escalatedTo WHERE task_id = :taskId";
    static final String DELETE = "DELETE FROM task_item WHERE task_id = :taskId";

    private final JdbcClient jdbc;
    private final TaskKinds kinds;
    private final Map<String, TaskSubjects> subjects;
    private final OrganizationService organization;
    private final ObjectMapper json;

    TaskItems(JdbcClient jdbc, TaskKinds kinds, List<TaskSubjects> subjects, OrganizationService organization,
              ObjectMapper json) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.subjects = subjects.stream().collect(Collectors.toMap(TaskSubjects::name, s -> s));
        this.organization = organization;
        this.json = json;
    }

    /** Every task event of the engine, in its transaction. */
    @EventListener
    void on(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created(open(task), groups(task.getCandidates()));
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> updated(task.getId(),
                    task.getAssignee(), instant(task.getDueDate()));
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> removed(task.getId());
            default -> {
            }
        }
    }

    /** Writes the row of a new task of a declared kind (nothing for undeclared tasks or tasks without a subject). */
    void created(OpenTask task, Collection<String> groups) {
        TaskKind<?> kind = kinds.kind(task.key()).orElse(null);
        if (kind == null) {
            return;
        }
        TaskSubjects source = subjects.get(kind.subjects());
        if (source == null) {
            throw new IllegalStateException("No TaskSubjects named " + kind.subjects());
        }
        TaskSubjects.Subject subject = source.describe(List.of(task)).get(task.taskId());
        if (subject == null) {
            return;
        }
        OrgUnit unit = organization.unit(subject.unitId());
        Object badge = kind.badgeVariable() == null ? null : task.variable(kind.badgeVariable());
        jdbc.sql(INSERT).param("taskId", task.taskId()).param("taskKey", task.key())
                .param("processInstanceId", task.processInstanceId()).param("subjects", kind.subjects())
                .param("reference", subject.reference()).param("person", subject.person())
                .param("unitId", unit.id()).param("unitPath", unit.path()).param("route", subject.route())
                .param("ids", ids(subject, task)).param("createdAt", timestamp(task.created()))
                .param("dueAt", timestamp(task.due())).param("assignee", task.assignee())
                .param("badge", badge == null ? null : "enum." + kind.badgeType() + "." + badge)
                .param("grade", subject.grade()).param("amount", kind.amount(task))
                .param("escalatedTo", null).update();
        groups.forEach(group -> addGroup(task.taskId(), group));
        for (String username : kind.touchers(task)) {
            jdbc.sql(INSERT_EXCLUDED).param("taskId", task.taskId()).param("username", username).update();
        }
    }

    void updated(String taskId, String assignee, Instant due) {
        // A claim fires both "assignment" and "update": write a task's state once per transaction.
        if (!writtenInThisTransaction(taskId, assignee, due)) {
            return;
        }
        jdbc.sql(UPDATE).param("assignee", assignee).param("dueAt", timestamp(due)).param("taskId", taskId)
                .update();
        jdbc.sql(UPDATE_GROUPS).param("assigned", assignee != null).param("dueAt", timestamp(due))
                .param("taskId", taskId).update();
    }

    /** The state last written for each task in the current transaction (none outside one). */
    private static final Object WRITTEN = new Object();

    /** Whether the row changes: false when this transaction already wrote the same assignee and due date. */
    @SuppressWarnings("unchecked")
    private static boolean writtenInThisTransaction(String taskId, String assignee, Instant due) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return true;
        }
        Map<String, List<Object>> written = (Map<String, List<Object>>) TransactionSynchronizationManager
                .getResource(WRITTEN);
        if (written == null) {
            written = new HashMap<>();
            TransactionSynchronizationManager.bindResource(WRITTEN, written);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(WRITTEN);
                }
            });
        }
        return !Arrays.asList(assignee, due).equals(written.put(taskId, Arrays.asList(assignee, due)));
    }

    /** The task was escalated: the supervising unit's groups see it too, and the row says to whom. */
    void escalated(String taskId, Collection<String> groups, String escalatedTo) {
        groups.forEach(group -> addGroup(taskId, group));
        jdbc.sql(ESCALATED).param("escalatedTo", escalatedTo).param("taskId", taskId).update();
    }

    /** The task's row goes; its groups and exclusions go with it (ON DELETE CASCADE). */
    void removed(String taskId) {
        forget(taskId);
        jdbc.sql(DELETE).param("taskId", taskId).update();
    }

    @SuppressWarnings("unchecked")
    private static void forget(String taskId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Map<String, List<Object>> written = (Map<String, List<Object>>) TransactionSynchronizationManager
                    .getResource(WRITTEN);
            if (written != null) {
                written.remove(taskId);
            }
        }
    }

    boolean exists(String taskId) {
        return jdbc.sql(EXISTS).param("taskId", taskId).query(Long.class).single() > 0;
    }

    private void addGroup(String taskId, String group) {
        jdbc.sql(INSERT_GROUP).param("taskId", taskId).param("groupId", group).update();
    }

    /** The task as its kind sees it: its business key and the variables the kind reads. */
    private OpenTask open(DelegateTask task) {
        Map<String, Object> variables = new HashMap<>();
        kinds.kind(task.getTaskDefinitionKey()).ifPresent(kind -> kind.variables()
                .forEach(name -> variables.put(name, task.getVariable(name))));
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(), task.getAssignee(),
                instant(task.getCreateTime()), instant(task.getDueDate()), variables);
    }

    static Set<String> groups(Collection<IdentityLink> links) {
        return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    /** The subject's ids with the references the task's kind reads (an aid request, a tier), as JSON. */
    private String ids(TaskSubjects.Subject subject, OpenTask task) {
        Map<String, Object> ids = new java.util.LinkedHashMap<>(subject.ids());
        task.variables().forEach((name, value) -> {
            if (value != null) {
                ids.putIfAbsent(name, value);
            }
        });
        try {
            return json.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("task ids not writable", e);
        }
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
