package org.bangfu.funds;

/**
 * Kinds of ledger entries. ALLOCATION brings money to a unit; PASSED_DOWN moves it to a child unit's allocation
 * (which records its own ALLOCATION); RETURN sends unused money of a child's allocation back up, and the parent
 * records RETURN_RECEIVED; RESERVATION holds money for an approved grant; RELEASE gives a reservation back; PAYMENT
 * spends a reservation when the bank pays; CORRECTION_IN and CORRECTION_OUT change what arrived, with a reason (a
 * booking error found by an audit). Amounts are always positive: the type says which way the money moved.
 */
public enum LedgerEntryType {
    ALLOCATION, PASSED_DOWN, RETURN, RETURN_RECEIVED, RESERVATION, RELEASE, PAYMENT, CORRECTION_IN, CORRECTION_OUT
}
