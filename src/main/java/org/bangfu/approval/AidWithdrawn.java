package org.bangfu.approval;

import org.bangfu.shared.Audited;

/** An aid request was withdrawn, with the reason. */
public record AidWithdrawn(String actor, long caseId, long unitId, String reason) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "AID_WITHDRAWN", caseId, unitId,
                reason);
    }
}
