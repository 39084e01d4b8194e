package org.bangfu.identification.payee;

import org.bangfu.shared.BankAccount;

/** The account a case is paid to, in full: only for the payment module writing a bank file, never for screens. */
public record PayeeAccount(long caseId, String workerName, String phone, BankAccount account) {

    /** Real name: the account holder is the worker. */
    public boolean realName() {
        return account.holderName().equals(workerName);
    }
}
