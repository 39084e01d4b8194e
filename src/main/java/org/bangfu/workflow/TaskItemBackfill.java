package org.bangfu.workflow;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Fills the inbox table from the engine's open tasks, page by page, for a database that had tasks before the table
 * existed (Flyway V20 requests it); a task that already has its row is left alone, so it can run again safely.
 */
@Component
class TaskItemBackfill implements ProcessMigration {

    /** Open tasks read per page. */
    static final int PAGE = 500;

    private final TaskService tasks;
    private final TaskRows rows;
    private final TaskItems items;

    TaskItemBackfill(TaskService tasks, TaskRows rows, TaskItems items) {
        this.tasks = tasks;
        this.rows = rows;
        this.items = items;
    }

    @Override
    public String id() {
        return "2026-12-task-items";
    }

    @Override
    public Result migrate() {
        int written = 0;
        for (int from = 0; ; from += PAGE) {
            List<Task> page = tasks.createTaskQuery().orderByTaskId().asc().listPage(from, PAGE);
            for (TaskRows.Row row : rows.rows(page.stream().filter(t -> !items.exists(t.getId())).toList())) {
                items.created(row.task(), TaskItems.groups(tasks.getIdentityLinksForTask(row.task().taskId())));
                if (row.escalatedTo() != null) {
                    items.escalated(row.task().taskId(), List.of(), row.escalatedTo());
                }
                written++;
            }
            if (page.size() < PAGE) {
                return new Result(written, 0, written + " open tasks written to the inbox table");
            }
        }
    }
}
