package org.bangfu.funds;

/** Where money comes from. The first slice books everything on the union allocation placeholder. */
public enum FundSource {
    CENTRAL_SPECIAL, LOCAL_GOVERNMENT, UNION_ALLOCATION, UNION_OWN, DONATION, INTEREST, OTHER
}
