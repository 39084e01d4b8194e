package org.bangfu.followup;

import java.math.BigDecimal;

import org.bangfu.shared.Audited;

/** A file's exit was approved, with its gradual months and monthly aid. */
public record ExitApproved(String actor, long caseId, long unitId, Integer gradualMonths,
                           BigDecimal monthlyAid) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "EXIT_APPROVED", caseId, unitId,
                gradualMonths + " x " + monthlyAid.toPlainString());
    }
}
