package org.bangfu.approval;

import java.math.BigDecimal;

import org.bangfu.shared.Audited;

/** A returned aid request was revised and submitted again: amount and tier. */
public record AidResubmitted(String actor, long caseId, long unitId, BigDecimal amount, Tier tier) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "AID_RESUBMITTED", caseId, unitId,
                amount.toPlainString() + " " + tier);
    }
}
