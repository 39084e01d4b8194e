package org.bangfu.shared;

import java.math.BigDecimal;
import java.util.Optional;

/** Rules for money entered by people: positive yuan with at most two decimals, within NUMERIC(14,2). */
public final class Amounts {

    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Amounts() {
    }

    public static Optional<String> problemWithPositive(BigDecimal amount) {
        if (amount == null) {
            return Optional.of("validation.required");
        }
        if (amount.signum() <= 0) {
            return Optional.of("validation.amount.positive");
        }
        return problemWithScale(amount);
    }

    public static Optional<String> problemWithNonNegative(BigDecimal amount) {
        if (amount == null) {
            return Optional.of("validation.required");
        }
        if (amount.signum() < 0) {
            return Optional.of("validation.amount.nonNegative");
        }
        return problemWithScale(amount);
    }

    private static Optional<String> problemWithScale(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of("validation.amount.decimals");
        }
        if (amount.compareTo(MAX) > 0) {
            return Optional.of("validation.amount.tooLarge");
        }
        return Optional.empty();
    }
}
