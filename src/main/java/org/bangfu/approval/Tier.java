package org.bangfu.approval;

/** Approval tiers, lowest first: the filing unit's county union, the province, the national federation. */
public enum Tier {
    COUNTY, PROVINCE, NATIONAL
}
