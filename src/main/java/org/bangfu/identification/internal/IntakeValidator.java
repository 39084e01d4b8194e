package org.bangfu.identification.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bangfu.identification.IntakeCommand;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.BankCardNumber;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.ResidentId;

/** Every intake rule, field by field, so that a form and the REST API report all problems at once. */
final class IntakeValidator {

    static final int MAX_HOUSEHOLD = 20;

    private IntakeValidator() {
    }

    static List<FieldError> problems(IntakeCommand c) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "workerName", c.workerName(), 50);
        ResidentId.problemWith(c.residentId()).ifPresentOrElse(
                key -> errors.add(FieldError.of("residentId", key)),
                () -> crossCheck(errors, c, new ResidentId(c.residentId().trim())));
        if (c.phone() == null || c.phone().isBlank()) {
            errors.add(FieldError.of("phone", "validation.required"));
        } else if (!c.phone().trim().matches("1\\d{10}")) {
            errors.add(FieldError.of("phone", "validation.phone.format"));
        }
        text(errors, "employer", c.employer(), 100);
        if (c.householdSize() == null) {
            errors.add(FieldError.of("householdSize", "validation.required"));
        } else if (c.householdSize() < 1 || c.householdSize() > MAX_HOUSEHOLD) {
            errors.add(FieldError.of("householdSize", "validation.householdSize.range", 1, MAX_HOUSEHOLD));
        }
        amount(errors, "householdYearlyIncome", Amounts.problemWithNonNegative(c.householdYearlyIncome()));
        amount(errors, "rigidExpenses", Amounts.problemWithNonNegative(c.rigidExpenses()));
        if (c.hardshipCause() == null) {
            errors.add(FieldError.of("hardshipCause", "validation.required"));
        }
        BankCardNumber.problemWith(c.bankCard()).ifPresent(key -> errors.add(FieldError.of("bankCard", key)));
        if (c.aidType() == null) {
            errors.add(FieldError.of("aidType", "validation.required"));
        }
        amount(errors, "requestedAmount", Amounts.problemWithPositive(c.requestedAmount()));
        return errors;
    }

    private static void crossCheck(List<FieldError> errors, IntakeCommand c, ResidentId id) {
        if (c.sex() != null && c.sex() != id.sex()) {
            errors.add(FieldError.of("sex", "validation.sex.mismatch"));
        }
        if (c.birthDate() != null && !c.birthDate().equals(id.birthDate())) {
            errors.add(FieldError.of("birthDate", "validation.birthDate.mismatch", id.birthDate()));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.trim().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    private static void amount(List<FieldError> errors, String field, Optional<String> problem) {
        problem.ifPresent(key -> errors.add(FieldError.of(field, key)));
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2);
    }
}
