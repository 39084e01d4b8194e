package org.bangfu.followup;

import org.bangfu.shared.Audited;

/** A file's exit was assessed, with the proposed outcome. */
public record ExitAssessed(String actor, long caseId, long unitId, ExitOutcome outcome) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "EXIT_ASSESSED", caseId, unitId,
                outcome.name());
    }
}
