package org.bangfu.identification;

import java.math.BigDecimal;

import org.bangfu.shared.Audited;

/** The household income of a file was updated: from, to. */
public record IncomeUpdated(String actor, long caseId, long unitId, BigDecimal from, BigDecimal to) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "INCOME_UPDATED", caseId, unitId,
                from.toPlainString() + " -> " + to.toPlainString());
    }
}
