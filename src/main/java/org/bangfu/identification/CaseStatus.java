package org.bangfu.identification;

/** Where a case stands. Active statuses hold the worker's place in the national duplicate check. */
public enum CaseStatus {
    FILED(true), AWAITING_APPROVAL(true), APPROVED(true), PAID(false), REJECTED(false), NOT_ELIGIBLE(false);

    private final boolean active;

    CaseStatus(boolean active) {
        this.active = active;
    }

    public boolean isActive() {
        return active;
    }
}
