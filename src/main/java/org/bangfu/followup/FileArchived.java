package org.bangfu.followup;

import org.bangfu.shared.Audited;

/** An exited file was archived after its watch period (by the process). */
public record FileArchived(long caseId, long unitId, int watchMonths) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry("system", "FILE_ARCHIVED", caseId, unitId,
                "watch " + watchMonths);
    }
}
