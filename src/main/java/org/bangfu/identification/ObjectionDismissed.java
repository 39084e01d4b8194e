package org.bangfu.identification;

import org.bangfu.shared.Audited;

/** An objection was dismissed, with the resolution. */
public record ObjectionDismissed(String actor, long caseId, long unitId, String resolution) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "OBJECTION_DISMISSED", caseId, unitId,
                resolution);
    }
}
