package org.bangfu.identification;

import org.bangfu.shared.Audited;

/** An attachment was added to a file. */
public record AttachmentAdded(String actor, long caseId, long unitId, AttachmentKind kind,
                              String fileName) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "ATTACHMENT_ADDED", caseId, unitId,
                kind + " " + fileName);
    }
}
