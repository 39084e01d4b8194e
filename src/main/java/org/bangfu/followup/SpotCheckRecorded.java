package org.bangfu.followup;

import org.bangfu.shared.Audited;

/** A re-verification spot check was recorded: confirmed, or corrected with a note. */
public record SpotCheckRecorded(String actor, long caseId, long unitId, boolean confirmed,
                                String note) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "SPOT_CHECK", caseId, unitId,
                confirmed ? "CONFIRMED" : "CORRECTED: " + note);
    }
}
