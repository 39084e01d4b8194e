package org.bangfu.approval;

/** School level of education aid: the first two have the lower cap. */
public enum SchoolLevel {
    KINDERGARTEN(false), COMPULSORY(false), HIGH_SCHOOL(true), VOCATIONAL(true), UNIVERSITY(true);

    private final boolean higher;

    SchoolLevel(boolean higher) {
        this.higher = higher;
    }

    public boolean isHigher() {
        return higher;
    }
}
