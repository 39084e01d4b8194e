package org.bangfu.approval;

import org.bangfu.shared.Audited;

/** A file was approved. */
public record FileApproved(String actor, long caseId, long unitId) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "FILE_APPROVED", caseId, unitId,
                null);
    }
}
