package org.bangfu.funds;

import java.time.LocalDate;

/** What the ledger screen filters by; every field is optional. Dates are days in the business time zone. */
public record LedgerFilter(Integer fundYear, FundSource source, LedgerEntryType type, Long unitId, String caseNo,
                           LocalDate from, LocalDate until) {

    public static LedgerFilter all() {
        return new LedgerFilter(null, null, null, null, null, null, null);
    }
}
