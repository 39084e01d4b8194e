package org.bangfu.funds;

/**
 * Where a payment line stands. APPROVED: created with the approval, money reserved, waiting for a batch. BATCHED:
 * gathered into a batch not yet sent. SENT: in a bank file. PAID: the bank paid it (money spent, SMS notice). FAILED:
 * the bank refused it; finance fixes the account and re-sends it (back to APPROVED) or cancels it. CANCELLED: the
 * reservation was released.
 */
public enum PaymentStatus {
    APPROVED, BATCHED, SENT, PAID, FAILED, CANCELLED
}
