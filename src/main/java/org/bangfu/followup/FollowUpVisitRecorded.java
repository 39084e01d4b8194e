package org.bangfu.followup;

import java.time.LocalDate;

import org.bangfu.shared.Audited;

/** A follow-up visit to a file was recorded: when, and whether the hardship persists. */
public record FollowUpVisitRecorded(String actor, long caseId, long unitId, LocalDate visitDate,
                                    boolean hardshipPersists) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "FOLLOWUP_VISIT", caseId, unitId,
                visitDate + " " + (hardshipPersists ? "persists" : "eased"));
    }
}
