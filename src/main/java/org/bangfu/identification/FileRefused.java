package org.bangfu.identification;

import org.bangfu.shared.Audited;

/** A file was refused or rejected (status), with the reason and note. */
public record FileRefused(String actor, long caseId, long unitId, CaseStatus status, RefusalReason reason,
                          String note) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "FILE_" + status.name(), caseId, unitId,
                reason.name() + (note == null ? "" : ": " + note));
    }
}
