package org.bangfu.settings;

/** What a setting's number counts, and so how many decimals it may have. */
public enum SettingUnit {
    WORKING_DAYS(0), MONTHS(0), COUNT(0), YUAN(2), RATIO(4);

    private final int scale;

    SettingUnit(int scale) {
        this.scale = scale;
    }

    /** The most decimals a value may have: 0 for whole numbers. */
    public int scale() {
        return scale;
    }
}
