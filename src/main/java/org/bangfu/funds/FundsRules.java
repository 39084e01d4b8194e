package org.bangfu.funds;

import java.util.List;

/**
 * The order in which a grant looks for money at a unit: earmarked money first (it can only be used for what it was
 * given for), then the union's general funds. Within a source, the oldest allocation first.
 */
public final class FundsRules {

    public static final List<FundSource> DRAW_ORDER = List.of(FundSource.CENTRAL_SPECIAL,
            FundSource.LOCAL_GOVERNMENT, FundSource.DONATION, FundSource.UNION_ALLOCATION, FundSource.UNION_OWN,
            FundSource.INTEREST, FundSource.OTHER);

    private FundsRules() {
    }
}
