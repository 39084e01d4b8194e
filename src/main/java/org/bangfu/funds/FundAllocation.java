package org.bangfu.funds;

import java.math.BigDecimal;

/** Money of one source and fund year at one unit, and what has happened to it. */
public record FundAllocation(long id, long unitId, FundSource source, int fundYear, Long parentId,
                             String donorPurpose, BigDecimal allocated, BigDecimal passedDown, BigDecimal reserved,
                             BigDecimal spent) {

    public BigDecimal available() {
        return allocated.subtract(passedDown).subtract(reserved).subtract(spent);
    }
}
