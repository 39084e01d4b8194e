package org.bangfu.funds;

/** The bank refused a line whose process waits for the bank's answer, with the bank's reason. */
public record PaymentFailed(long paymentId, String idempotencyKey, String reason) implements PaymentOutcome {

    @Override
    public PaymentStatus outcome() {
        return PaymentStatus.FAILED;
    }
}
