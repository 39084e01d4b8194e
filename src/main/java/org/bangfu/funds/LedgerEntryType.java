package org.bangfu.funds;

/**
 * Kinds of ledger entries. ALLOCATION brings money to a unit; PASSED_DOWN moves it to a child unit's allocation
 * (which records its own ALLOCATION); RESERVATION holds it for an approved grant; RELEASE gives a reservation back;
 * PAYMENT spends a reservation.
 */
public enum LedgerEntryType {
    ALLOCATION, PASSED_DOWN, RESERVATION, RELEASE, PAYMENT
}
