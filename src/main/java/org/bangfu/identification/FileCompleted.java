package org.bangfu.identification;

import org.bangfu.shared.Audited;

/** A temporary (emergency) file was completed into a full file. */
public record FileCompleted(String actor, long caseId, long unitId, String caseNo) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "FILE_COMPLETED", caseId, unitId,
                caseNo);
    }
}
