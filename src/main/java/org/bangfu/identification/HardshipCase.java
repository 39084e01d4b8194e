package org.bangfu.identification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.bangfu.shared.Sex;

/** A case as the other modules and the screens see it: sensitive numbers only masked. */
public record HardshipCase(
        long id,
        String caseNo,
        long unitId,
        String workerName,
        String residentIdMasked,
        Sex sex,
        LocalDate birthDate,
        String phone,
        String employer,
        int householdSize,
        BigDecimal householdYearlyIncome,
        BigDecimal rigidExpenses,
        HardshipCause hardshipCause,
        String bankCardMasked,
        AidType aidType,
        BigDecimal requestedAmount,
        CaseStatus status,
        String grade,
        String filedBy,
        OffsetDateTime filedAt) {
}
