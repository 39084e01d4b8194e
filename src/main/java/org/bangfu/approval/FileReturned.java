package org.bangfu.approval;

import org.bangfu.shared.Audited;

/** A file was returned to its case worker, with the reason. */
public record FileReturned(String actor, long caseId, long unitId, String reason) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "FILE_RETURNED", caseId, unitId,
                reason);
    }
}
