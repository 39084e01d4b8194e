package org.bangfu.approval;

import java.math.BigDecimal;

import org.bangfu.identification.AidType;
import org.bangfu.shared.Audited;

/** An approver decided an aid request at a tier: the outcome, the request and the reason if any. */
public record AidDecided(String actor, long caseId, long unitId, Outcome outcome, Tier tier, AidType type,
                         BigDecimal amount, String reason) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "AID_" + outcome.name() + "_" + tier.name(), caseId, unitId,
                type + " " + amount.toPlainString() + (reason == null ? "" : ": " + reason));
    }
}
