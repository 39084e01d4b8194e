package org.bangfu.organization;

/** Levels of the union tree. Units at an approving level approve the aid filed below them. */
public enum UnitLevel {
    NATIONAL(true), PROVINCE(true), CITY(true), COUNTY(true), INDUSTRY(true), GRASSROOTS(false);

    private final boolean approving;

    UnitLevel(boolean approving) {
        this.approving = approving;
    }

    public boolean isApproving() {
        return approving;
    }
}
