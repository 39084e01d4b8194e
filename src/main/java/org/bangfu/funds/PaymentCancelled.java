package org.bangfu.funds;

/** A line whose process waits for the bank's answer was cancelled before it went out. */
public record PaymentCancelled(long paymentId, String idempotencyKey) implements PaymentOutcome {

    @Override
    public PaymentStatus outcome() {
        return PaymentStatus.CANCELLED;
    }
}
