package org.bangfu.workflow;

/**
 * What the inbox shows: my tasks, group tasks I may claim, or both; only overdue ones; one task type; a reference or
 * person's name (contains). Always sorted by due date, earliest first.
 */
public record TaskFilter(Scope scope, boolean overdueOnly, String taskKey, String search) {

    public enum Scope { MINE, GROUP, ALL }

    public static TaskFilter mine() {
        return new TaskFilter(Scope.MINE, false, null, null);
    }

    public static TaskFilter group() {
        return new TaskFilter(Scope.GROUP, false, null, null);
    }
}
