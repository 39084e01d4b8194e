package org.bangfu.identification;

import java.time.LocalDate;

import org.bangfu.shared.Audited;

/** The public notice of a file started (by the process), from and until. */
public record NoticeStarted(long caseId, long unitId, LocalDate from, LocalDate until) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry("system", "NOTICE_STARTED", caseId, unitId,
                from + " - " + until);
    }
}
