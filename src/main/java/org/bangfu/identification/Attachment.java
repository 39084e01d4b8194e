package org.bangfu.identification;

import java.time.OffsetDateTime;

/** An uploaded file of a case (without its bytes). */
public record Attachment(long id, long caseId, AttachmentKind kind, String fileName, String contentType, int size,
                         Long visitId, String uploadedBy, OffsetDateTime uploadedAt) {
}
