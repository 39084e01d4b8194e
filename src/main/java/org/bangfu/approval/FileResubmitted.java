package org.bangfu.approval;

import org.bangfu.shared.Audited;

/** A returned file was submitted again, with a note. */
public record FileResubmitted(String actor, long caseId, long unitId, String note) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "FILE_RESUBMITTED", caseId, unitId,
                note);
    }
}
