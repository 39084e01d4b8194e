package org.bangfu.identification;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bangfu.shared.Sex;

/**
 * What a case worker enters at intake. Sex and birth date are optional: when given they must agree with the
 * resident ID; when absent they are derived from it.
 */
public record IntakeCommand(
        String workerName,
        String residentId,
        Sex sex,
        LocalDate birthDate,
        String phone,
        String employer,
        Integer householdSize,
        BigDecimal householdYearlyIncome,
        BigDecimal rigidExpenses,
        HardshipCause hardshipCause,
        String bankCard,
        AidType aidType,
        BigDecimal requestedAmount) {
}
