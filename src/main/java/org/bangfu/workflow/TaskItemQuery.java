package org.bangfu.workflow;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The inbox as paged SQL over the inbox table: the user's own tasks and the unassigned tasks of their candidate
 * groups that they did not take part in (four eyes), in their subtree, with the filters of {@link TaskFilter};
 * earliest due first. The statement is assembled from the named fragments below, every value a parameter.
 */
@Component
class TaskItemQuery {

    static final String SELECT = """
            SELECT t.task_id, t.task_key, t.subjects, t.reference, t.person, t.unit_id, u.name AS unit_name,
                t.created_at, t.due_at, t.assignee, t.badge, t.escalated_to, t.ids, t.route, t.grade, t.amount
            FROM task_item t JOIN org_unit u ON u.id = t.unit_id
            WHERE t.unit_path LIKE :subtree""";
    static final String COUNT = """
            SELECT COUNT(*) FROM task_item t
            WHERE t.unit_path LIKE :subtree""";
    static final String MINE = "t.assignee = :me";
    static final String CLAIMABLE = """
            t.assignee IS NULL
            AND EXISTS (SELECT 1 FROM task_item_group g WHERE g.task_id = t.task_id AND g.group_id IN (:groups))
            AND NOT EXISTS (SELECT 1 FROM task_item_excluded x WHERE x.task_id = t.task_id AND x.username = :me)""";
    static final String TASK_KEY = " AND t.task_key = :taskKey";
    static final String SUBJECTS = " AND t.subjects = :subjects";
    static final String SEARCH = " AND (t.reference LIKE :search OR t.person LIKE :search)";
    static final String OVERDUE = " AND t.due_at < :now";
    static final String ORDER_PAGE = " ORDER BY t.due_at NULLS LAST, t.task_id LIMIT :limit OFFSET :offset";

    private static final TypeReference<Map<String, Object>> IDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Jurisdiction jurisdiction;
    private final ObjectMapper json;
    private final Clock clock;

    TaskItemQuery(JdbcClient jdbc, Jurisdiction jurisdiction, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.jurisdiction = jurisdiction;
        this.json = json;
        this.clock = clock;
    }

    /** One page of the inbox, earliest due first. */
    List<TaskItem> page(TaskFilter filter, String subjects, CurrentUser user, int offset, int limit) {
        Statement statement = statement(SELECT, filter, subjects, user);
        if (statement == null) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return statement.spec(jdbc, ORDER_PAGE).param("limit", limit).param("offset", offset)
                .query((rs, n) -> {
                    OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
                    return new TaskItem(rs.getString("task_id"), rs.getString("task_key"), rs.getString("subjects"),
                            rs.getString("reference"), rs.getString("person"), rs.getLong("unit_id"),
                            rs.getString("unit_name"), local(rs.getObject("created_at", OffsetDateTime.class)),
                            local(due), rs.getString("assignee"), due != null && due.isBefore(now),
                            rs.getString("badge"), rs.getString("escalated_to"), ids(rs.getString("ids")),
                            rs.getString("route"), rs.getString("grade"), rs.getBigDecimal("amount"));
                }).list();
    }

    /** How many tasks the same filter finds. */
    int count(TaskFilter filter, String subjects, CurrentUser user) {
        Statement statement = statement(COUNT, filter, subjects, user);
        return statement == null ? 0 : statement.spec(jdbc, "").query(Long.class).single().intValue();
    }

    /** The statement for the filter, or null when the user can see no task at all. */
    private Statement statement(String head, TaskFilter filter, String subjects, CurrentUser user) {
        List<String> groups = jurisdiction.candidateGroups(user);
        boolean mine = filter.scope() != TaskFilter.Scope.GROUP;
        boolean claimable = filter.scope() != TaskFilter.Scope.MINE && !groups.isEmpty();
        if (!mine && !claimable) {
            return null;
        }
        StringBuilder sql = new StringBuilder(head).append(" AND (");
        sql.append(mine ? MINE : "").append(mine && claimable ? " OR " : "").append(claimable ? "(" + CLAIMABLE + ")" : "")
                .append(')');
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("subtree", user.unit().path() + "%");
        params.put("me", user.username());
        if (claimable) {
            params.put("groups", groups);
        }
        if (filter.taskKey() != null && !filter.taskKey().isBlank()) {
            sql.append(TASK_KEY);
            params.put("taskKey", filter.taskKey());
        }
        if (subjects != null) {
            sql.append(SUBJECTS);
            params.put("subjects", subjects);
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            sql.append(SEARCH);
            params.put("search", "%" + like(filter.search().trim()) + "%");
        }
        if (filter.overdueOnly()) {
            sql.append(OVERDUE);
            params.put("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        }
        return new Statement(sql.toString(), params);
    }

    private record Statement(String sql, Map<String, Object> params) {

        JdbcClient.StatementSpec spec(JdbcClient jdbc, String tail) {
            return jdbc.sql(sql + tail).params(params);
        }
    }

    /** The search text taken literally: LIKE's wildcards in it match themselves. */
    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Map<String, Object> ids(String text) {
        try {
            return json.readValue(text, IDS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("task ids unreadable", e);
        }
    }

    private static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
