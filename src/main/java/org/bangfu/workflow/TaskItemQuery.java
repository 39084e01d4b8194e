package org.bangfu.workflow;

import java.time.Clock;
import java.time.OffsetDateTime;
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

    /** The columns of a row, for every scope. */
    static final String COLUMNS = """
            SELECT t.task_id, t.task_key, t.subjects, t.reference, t.person, t.unit_id, u.name AS unit_name,
                t.created_at, t.due_at, t.assignee, t.badge, t.escalated_to, t.ids, t.route, t.grade, t.amount""";
    /** The user's own tasks in their subtree (index on assignee). */
    static final String MINE = """
             FROM task_item t JOIN org_unit u ON u.id = t.unit_id
            WHERE t.assignee = :me AND t.unit_path LIKE :subtree""";
    static final String MINE_COUNT = """
            SELECT COUNT(*) FROM task_item t WHERE t.assignee = :me AND t.unit_path LIKE :subtree""";
    /**
     * Unassigned tasks of the user's groups in their subtree, without those they took part in: one range of the
     * group index (a task names one role, a user's groups are one per role at one unit, so a task matches once).
     */
    static final String CLAIMABLE = """
             FROM task_item_group g JOIN task_item t ON t.task_id = g.task_id JOIN org_unit u ON u.id = t.unit_id
            WHERE g.group_id IN (:groups) AND g.assigned = FALSE AND g.unit_path LIKE :subtree
              AND g.task_id NOT IN (SELECT x.task_id FROM task_item_excluded x WHERE x.username = :me)""";
    static final String CLAIMABLE_COUNT = """
            SELECT COUNT(*) FROM task_item_group g
            WHERE g.group_id IN (:groups) AND g.assigned = FALSE AND g.unit_path LIKE :subtree
              AND g.task_id NOT IN (SELECT x.task_id FROM task_item_excluded x WHERE x.username = :me)""";
    /** Filters on the group table's copies (claimable) or the task table (mine). */
    static final String GROUP_TASK_KEY = " AND g.task_key = :taskKey";
    static final String GROUP_OVERDUE = " AND g.due_at < :now";
    static final String TASK_KEY = " AND t.task_key = :taskKey";
    static final String OVERDUE = " AND t.due_at < :now";
    static final String SUBJECTS = " AND t.subjects = :subjects";
    static final String SEARCH = " AND (t.reference LIKE :search OR t.person LIKE :search)";
    /** A count that needs the task table (search, subject) joins it. */
    static final String JOIN_TASK = " AND EXISTS (SELECT 1 FROM task_item t WHERE t.task_id = g.task_id";
    static final String ORDER_MINE = " ORDER BY t.due_at NULLS LAST, t.task_id";
    static final String ORDER_CLAIMABLE = " ORDER BY g.due_at NULLS LAST, g.task_id";
    static final String PAGE = " LIMIT :limit OFFSET :offset";
    static final String UPTO = " LIMIT :upto";

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
        Scope scope = scope(filter, user);
        if (scope == null) {
            return List.of();
        }
        Map<String, Object> params = params(filter, subjects, user, scope);
        params.put("limit", limit);
        params.put("offset", offset);
        String sql;
        if (scope.mine() && scope.claimable()) {
            // both: the two disjoint lists (own tasks are assigned, claimable ones are not), each cut at the end of
            // the page in its own order, merged by due date
            params.put("upto", offset + limit);
            sql = "SELECT * FROM ((" + COLUMNS + MINE + taskFilters(filter, subjects) + ORDER_MINE + UPTO
                    + ") UNION ALL (" + COLUMNS + CLAIMABLE + groupFilters(filter, subjects) + ORDER_CLAIMABLE + UPTO
                    + ")) r ORDER BY r.due_at NULLS LAST, r.task_id" + PAGE;
        } else if (scope.mine()) {
            sql = COLUMNS + MINE + taskFilters(filter, subjects) + ORDER_MINE + PAGE;
        } else {
            sql = COLUMNS + CLAIMABLE + groupFilters(filter, subjects) + ORDER_CLAIMABLE + PAGE;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
            return new TaskItem(rs.getString("task_id"), rs.getString("task_key"), rs.getString("subjects"),
                    rs.getString("reference"), rs.getString("person"), rs.getLong("unit_id"),
                    rs.getString("unit_name"), local(rs.getObject("created_at", OffsetDateTime.class)), local(due),
                    rs.getString("assignee"), due != null && due.isBefore(now), rs.getString("badge"),
                    rs.getString("escalated_to"), ids(rs.getString("ids")), rs.getString("route"),
                    rs.getString("grade"), rs.getBigDecimal("amount"));
        }).list();
    }

    /** How many tasks the same filter finds (own and claimable counted apart: they never overlap). */
    int count(TaskFilter filter, String subjects, CurrentUser user) {
        Scope scope = scope(filter, user);
        if (scope == null) {
            return 0;
        }
        Map<String, Object> params = params(filter, subjects, user, scope);
        long count = 0;
        if (scope.mine()) {
            count += jdbc.sql(MINE_COUNT + taskFilters(filter, subjects)).params(params).query(Long.class).single();
        }
        if (scope.claimable()) {
            String joined = needsTask(filter, subjects) ? JOIN_TASK + taskOnlyFilters(filter, subjects) + ")" : "";
            count += jdbc.sql(CLAIMABLE_COUNT + groupOnlyFilters(filter) + joined).params(params).query(Long.class)
                    .single();
        }
        return (int) Math.min(Integer.MAX_VALUE, count);
    }

    private record Scope(boolean mine, boolean claimable, List<String> groups) {
    }

    /** Which lists the filter asks for, or null when the user can see no task at all. */
    private Scope scope(TaskFilter filter, CurrentUser user) {
        List<String> groups = jurisdiction.candidateGroups(user);
        boolean mine = filter.scope() != TaskFilter.Scope.GROUP;
        boolean claimable = filter.scope() != TaskFilter.Scope.MINE && !groups.isEmpty();
        return mine || claimable ? new Scope(mine, claimable, groups) : null;
    }

    private Map<String, Object> params(TaskFilter filter, String subjects, CurrentUser user, Scope scope) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("subtree", user.unit().path() + "%");
        params.put("me", user.username());
        if (scope.claimable()) {
            params.put("groups", scope.groups());
        }
        if (hasText(filter.taskKey())) {
            params.put("taskKey", filter.taskKey());
        }
        if (subjects != null) {
            params.put("subjects", subjects);
        }
        if (hasText(filter.search())) {
            params.put("search", "%" + like(filter.search().trim()) + "%");
        }
        if (filter.overdueOnly()) {
            params.put("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        }
        return params;
    }

    /** Filters of a list read from the task table. */
    private static String taskFilters(TaskFilter filter, String subjects) {
        return (hasText(filter.taskKey()) ? TASK_KEY : "") + (filter.overdueOnly() ? OVERDUE : "")
                + taskOnlyFilters(filter, subjects);
    }

    /** Filters of the claimable list: the group table's copies, and the task table for the rest. */
    private static String groupFilters(TaskFilter filter, String subjects) {
        return groupOnlyFilters(filter) + taskOnlyFilters(filter, subjects);
    }

    private static String groupOnlyFilters(TaskFilter filter) {
        return (hasText(filter.taskKey()) ? GROUP_TASK_KEY : "") + (filter.overdueOnly() ? GROUP_OVERDUE : "");
    }

    private static String taskOnlyFilters(TaskFilter filter, String subjects) {
        return (subjects != null ? SUBJECTS : "") + (hasText(filter.search()) ? SEARCH : "");
    }

    private static boolean needsTask(TaskFilter filter, String subjects) {
        return subjects != null || hasText(filter.search());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
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
        return org.bangfu.shared.LocalZone.of(time);
    }
}
