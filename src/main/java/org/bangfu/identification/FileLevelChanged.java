package org.bangfu.identification;

import org.bangfu.shared.Audited;

/** The level of a file was changed, with the reason. */
public record FileLevelChanged(String actor, long caseId, long unitId, FileLevel level,
                               String reason) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "FILE_LEVEL_CHANGED", caseId, unitId,
                level + ": " + reason);
    }
}
