package org.bangfu.identification;

import org.bangfu.shared.Audited;

/** An objection was lodged during a file's public notice. */
public record ObjectionLodged(String actor, long caseId, long unitId, String objector) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "OBJECTION_LODGED", caseId, unitId,
                objector);
    }
}
