package org.bangfu.identification;

import java.time.LocalDate;

import org.bangfu.shared.Audited;

/** The home visit of a file was recorded: when and who visited. */
public record HomeVisitRecorded(String actor, long caseId, long unitId, LocalDate visitDate,
                                String visitors) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "HOME_VISIT_RECORDED", caseId, unitId,
                visitDate + " " + visitors);
    }
}
