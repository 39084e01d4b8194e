package org.bangfu.casework;

/**
 * Finance's answer to a refused payment: for a re-send, optionally a corrected account (its holder must be the
 * worker; {@code confirmNonCardAccount} for an account that is not a card) and why it changed; for a cancellation,
 * the reason.
 */
public record FailedPaymentCommand(String newAccountNumber, String holderName, Boolean confirmNonCardAccount,
                                   String reason) {
}
