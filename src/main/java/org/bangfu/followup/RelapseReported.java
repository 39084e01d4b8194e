package org.bangfu.followup;

import org.bangfu.shared.Audited;

/** A relapse of an archived file was reported; a new file was opened. */
public record RelapseReported(String actor, long archivedCaseId, long unitId, String relapseCaseNo) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "RELAPSE_REPORTED", archivedCaseId, unitId,
                relapseCaseNo);
    }
}
