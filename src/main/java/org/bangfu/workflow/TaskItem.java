package org.bangfu.workflow;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A row of the inbox. {@code taskKey} is the BPMN task id; its title is the i18n key {@code task.<taskKey>}.
 * {@code subject} names what it is about ({@code case}, {@code campaign}); {@code reference} and {@code person} say
 * which; {@code ids} holds the subject's ids ({@code caseNo}, {@code caseId}, {@code campaignId} …); {@code badge} is
 * the i18n key of a badge (a tier), {@code escalatedTo} the unit code a task was escalated to, {@code route} the
 * screen where it is worked, {@code grade} the i18n key of the subject's grade and {@code amount} what an aid task
 * decides on.
 */
public record TaskItem(String taskId, String taskKey, String subject, String reference, String person,
                       long unitId, String unitName, OffsetDateTime created, OffsetDateTime due, String assignee,
                       boolean overdue, String badge, String escalatedTo, Map<String, Object> ids, String route,
                       String grade, java.math.BigDecimal amount) {

    /** The case number for case tasks (the reference), null for others. */
    public String caseNo() {
        Object caseNo = ids.get("caseNo");
        return caseNo == null ? null : caseNo.toString();
    }

    /** The case id for case tasks, null for others. */
    public Long caseId() {
        Object caseId = ids.get("caseId");
        return caseId == null ? null : ((Number) caseId).longValue();
    }

    /** One of the ids as a number (the engine keeps ids as Long or Integer), or null. */
    public Long idOf(String name) {
        Object id = ids.get(name);
        return id == null ? null : ((Number) id).longValue();
    }

    /** The worker's name for case tasks. */
    public String workerName() {
        return person;
    }
}
