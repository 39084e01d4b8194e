package org.bangfu.identification;

import org.bangfu.shared.Audited;
import org.bangfu.shared.BankAccount;

/** The worker's bank account of a file was changed, with the reason. */
public record BankAccountChanged(String actor, long caseId, long unitId, String last4, BankAccount.Kind kind,
                                 String reason) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "BANK_ACCOUNT_CHANGED", caseId, unitId,
                "****" + last4 + " " + kind + ": " + reason);
    }
}
