package org.bangfu.identification;

import java.time.OffsetDateTime;

/** An objection lodged during the public notice, and how it was resolved. */
public record Objection(long id, long caseId, String objector, String content, OffsetDateTime lodgedAt,
                        String recordedBy, Boolean upheld, String resolution, String resolvedBy,
                        OffsetDateTime resolvedAt) {
}
