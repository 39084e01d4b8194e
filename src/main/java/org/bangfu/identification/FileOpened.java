package org.bangfu.identification;

import org.bangfu.shared.Audited;

/** A hardship file was opened (by the process), with its file number. */
public record FileOpened(long caseId, long unitId, String fileNo) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry("system", "FILE_OPENED", caseId, unitId,
                fileNo);
    }
}
