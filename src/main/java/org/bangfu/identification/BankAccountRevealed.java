package org.bangfu.identification;

import org.bangfu.shared.Audited;

/** A file's full account number was shown, with the reason. */
public record BankAccountRevealed(String actor, long caseId, long unitId, String reason) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "BANK_ACCOUNT_REVEALED", caseId, unitId,
                reason);
    }
}
