package org.bangfu.audit;

import java.time.OffsetDateTime;

/** One row of the trail. {@code action} is a code translated as {@code enum.AuditAction.<action>}. */
public record AuditEntry(OffsetDateTime occurredAt, String actor, String action, Long caseId, String detail) {
}
