package org.bangfu.casework;

import java.time.OffsetDateTime;

/**
 * A row of the inbox. {@code taskKey} is the BPMN task id; its title is the i18n key {@code task.<taskKey>}.
 * {@code tier} is set on tiered approval tasks; {@code escalatedTo} names the unit code a task was escalated to;
 * {@code aidRequestId} names the aid request an aid or emergency task works on.
 */
public record TaskItem(String taskId, String taskKey, String caseNo, long caseId, String workerName, String unitName,
                       OffsetDateTime created, OffsetDateTime due, String assignee, boolean overdue, String tier,
                       String escalatedTo, Long aidRequestId) {
}
