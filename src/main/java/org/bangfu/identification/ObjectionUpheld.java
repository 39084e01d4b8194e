package org.bangfu.identification;

import org.bangfu.shared.Audited;

/** An objection was upheld, with the resolution. */
public record ObjectionUpheld(String actor, long caseId, long unitId, String resolution) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "OBJECTION_UPHELD", caseId, unitId,
                resolution);
    }
}
