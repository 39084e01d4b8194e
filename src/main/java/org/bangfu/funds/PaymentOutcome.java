package org.bangfu.funds;

/**
 * The final word on a payment line whose process waits for it (a line created with {@code awaitsSignal}): the bank
 * paid it ({@link PaymentSettled}), the bank refused it ({@link PaymentFailed}), or it was cancelled before it went
 * out ({@link PaymentCancelled}). Published in the transaction that records the outcome; the process hears of it
 * after the commit, exactly once ({@link PaymentService#markSignalled}).
 */
public sealed interface PaymentOutcome permits PaymentSettled, PaymentFailed, PaymentCancelled {

    long paymentId();

    String idempotencyKey();

    /** The line's status that this outcome recorded: PAID, FAILED or CANCELLED. */
    PaymentStatus outcome();
}
