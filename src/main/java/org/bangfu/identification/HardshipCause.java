package org.bangfu.identification;

/** Primary cause of hardship (致困原因). The accident-like causes feed the accident grade. */
public enum HardshipCause {
    ILLNESS(false), DISABILITY(false), SCHOOLING(false), UNEMPLOYMENT(false), LOW_INCOME(false),
    ACCIDENT(true), DISASTER(true), EPIDEMIC(true), OTHER(false);

    private final boolean accidentLike;

    HardshipCause(boolean accidentLike) {
        this.accidentLike = accidentLike;
    }

    public boolean isAccidentLike() {
        return accidentLike;
    }
}
