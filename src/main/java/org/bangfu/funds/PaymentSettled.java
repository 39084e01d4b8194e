package org.bangfu.funds;

/** The bank paid a line whose process waits for the bank's answer. */
public record PaymentSettled(long paymentId, String idempotencyKey) implements PaymentOutcome {

    @Override
    public PaymentStatus outcome() {
        return PaymentStatus.PAID;
    }
}
