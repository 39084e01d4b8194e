package org.bangfu.shared;

import java.util.Optional;

/** A bank card number: 16 to 19 digits passing the Luhn check (ISO/IEC 7812). */
public record BankCardNumber(String value) {

    public BankCardNumber {
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new InvalidInputException(FieldError.of("bankCard", problem.get()));
        }
        value = value.replace(" ", "");
    }

    public static Optional<String> problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("validation.required");
        }
        String digits = text.replace(" ", "");
        if (!digits.matches("\\d{16,19}")) {
            return Optional.of("validation.bankCard.format");
        }
        if (!passesLuhn(digits)) {
            return Optional.of("validation.bankCard.luhn");
        }
        return Optional.empty();
    }

    public static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** Only the last four digits are ever shown. */
    public String masked() {
        return maskedOf(value);
    }

    public static String maskedOf(String digits) {
        return "**** **** **** " + digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
