package org.bangfu.identification;

import org.bangfu.shared.Audited;

/** A file passed the first review, with the reviewer's note. */
public record FirstReviewPassed(String actor, long caseId, long unitId, String note) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "FIRST_REVIEW_PASSED", caseId, unitId,
                note);
    }
}
