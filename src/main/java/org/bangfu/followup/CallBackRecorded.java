package org.bangfu.followup;

import org.bangfu.shared.Audited;

/** A call back to an exited worker was recorded: relapse or stable, with a note. */
public record CallBackRecorded(String actor, long caseId, long unitId, boolean relapsed,
                               String note) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "CALL_BACK", caseId, unitId,
                (relapsed ? "relapse: " : "stable: ") + note);
    }
}
