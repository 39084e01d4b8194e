package org.bangfu.funds;

import java.math.BigDecimal;

import org.bangfu.identification.AidType;

/**
 * Money of one source and fund year at one unit, and what has happened to it. Earmarks: {@code nationalFilesOnly}
 * money only for national-level files; a donation only for its {@code donorAidType}.
 */
public record FundAllocation(long id, long unitId, FundSource source, int fundYear, Long parentId,
                             String donorPurpose, BigDecimal allocated, BigDecimal passedDown, BigDecimal reserved,
                             BigDecimal spent, BigDecimal returned, boolean nationalFilesOnly,
                             AidType donorAidType) {

    public BigDecimal available() {
        return allocated.subtract(passedDown).subtract(returned).subtract(reserved).subtract(spent);
    }
}
