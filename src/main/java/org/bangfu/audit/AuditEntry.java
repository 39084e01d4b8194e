package org.bangfu.audit;

import java.time.OffsetDateTime;

/**
 * One row of the trail. {@code action} is a code translated as {@code enum.AuditAction.<action>};
 * {@code position} is the row's place in the hash chain (1, 2, 3 … without gaps, in commit order).
 */
public record AuditEntry(OffsetDateTime occurredAt, String actor, String action, Long caseId, String detail,
        long position) {
}
