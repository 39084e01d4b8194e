package org.bangfu.shared;

import java.util.Optional;

/**
 * Where aid is paid: a bank card in the worker's own name (16 to 19 digits passing Luhn), or, confirmed a second
 * time by the user, another bank account number (6 to 32 digits, e.g. a passbook) that is not a card. The holder
 * must be the worker: aid is paid by real name only (实名制).
 */
public record BankAccount(String number, String holderName, Kind kind) {

    /** A card passing Luhn, or an account the user confirmed is not a card. */
    public enum Kind {
        CARD, ACCOUNT
    }

    /**
     * Checks number and holder together and reports each problem on its field ({@code bankCard},
     * {@code cardHolderName}). An account number that is not a card is refused with
     * {@code validation.bankAccount.confirmNonCard} until {@code confirmedNonCard} is set.
     */
    public static java.util.List<FieldError> problems(String number, String holderName, String workerName,
                                                      boolean confirmedNonCard) {
        java.util.List<FieldError> errors = new java.util.ArrayList<>();
        problemWithNumber(number, confirmedNonCard).ifPresent(k -> errors.add(FieldError.of("bankCard", k)));
        Optional<FieldError> hidden = TextInput.forbidden("cardHolderName", holderName);
        if (hidden.isPresent()) {
            errors.add(hidden.get());
        } else if (holderName == null || holderName.isBlank()) {
            errors.add(FieldError.of("cardHolderName", "validation.required"));
        } else if (workerName != null && !workerName.isBlank() && !holderName.trim().equals(workerName.trim())) {
            errors.add(FieldError.of("cardHolderName", "validation.cardHolder.realName", workerName.trim()));
        }
        return errors;
    }

    public static Optional<String> problemWithNumber(String number, boolean confirmedNonCard) {
        if (number == null || number.isBlank()) {
            return Optional.of("validation.required");
        }
        String digits = number.replace(" ", "");
        if (BankCardNumber.problemWith(digits).isEmpty()) {
            return Optional.empty();
        }
        if (!digits.matches("\\d{6,32}")) {
            return Optional.of("validation.bankAccount.format");
        }
        return confirmedNonCard ? Optional.empty() : Optional.of("validation.bankAccount.confirmNonCard");
    }

    /** The account, after {@link #problems} found nothing. */
    public static BankAccount of(String number, String holderName) {
        String digits = number.replace(" ", "");
        Kind kind = BankCardNumber.problemWith(digits).isEmpty() ? Kind.CARD : Kind.ACCOUNT;
        return new BankAccount(digits, holderName.trim(), kind);
    }

    public String last4() {
        return number.substring(number.length() - 4);
    }

    @Override
    public String toString() {
        return BankCardNumber.maskedOf(number) + " " + holderName;
    }
}
