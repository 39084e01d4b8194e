package org.bangfu.followup;

import org.bangfu.shared.Audited;

/** A file's exit was rejected, with the reason. */
public record ExitRejected(String actor, long caseId, long unitId, String reason) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "EXIT_REJECTED", caseId, unitId,
                reason);
    }
}
