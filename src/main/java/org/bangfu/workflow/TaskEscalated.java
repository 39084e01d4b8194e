package org.bangfu.workflow;

/**
 * An overdue task went also into the inbox of the supervising unit: the task, the business key of its process, the
 * unit code it was escalated to and that unit's name.
 */
public record TaskEscalated(String taskId, String taskKey, String businessKey, String unitCode, String unitName) {
}
