package org.bangfu.approval;

import java.math.BigDecimal;

import org.bangfu.identification.AidType;
import org.bangfu.shared.Audited;

/** Aid was requested for a file: type, amount and the tier that must approve it. */
public record AidRequested(String actor, long caseId, long unitId, AidType type, BigDecimal amount,
                           Tier tier) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "AID_REQUESTED", caseId, unitId,
                type + " " + amount.toPlainString() + " " + tier);
    }
}
