package org.bangfu.approval;

/** Where an aid request stands. Pending, returned, approved and paid requests count against the year's caps. */
public enum AidStatus {
    PENDING(true), RETURNED(true), APPROVED(true), PAID(true), REJECTED(false), WITHDRAWN(false),
    /** Approved, but the payment was cancelled and its money released. */
    PAYMENT_CANCELLED(false);

    private final boolean counted;

    AidStatus(boolean counted) {
        this.counted = counted;
    }

    public boolean isCounted() {
        return counted;
    }
}
