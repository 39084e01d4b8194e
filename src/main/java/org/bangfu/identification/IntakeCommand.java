package org.bangfu.identification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bangfu.shared.Sex;

/**
 * An application for a hardship file (one per household). The account holder must be the worker; an account
 * number that is not a bank card needs {@code confirmNonCardAccount}. Sex and birth date are optional: when given they must
 * agree with the resident ID. The household size counts the applicant and must equal 1 + the members listed.
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
        String cardHolderName,
        Boolean confirmNonCardAccount,
        HouseholdProfile profile,
        List<MemberCommand> members) {
}
