package org.bangfu.identification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.bangfu.shared.BankAccount;
import org.bangfu.shared.Sex;

/**
 * A hardship file (困难职工档案) as the other modules and the screens see it: sensitive numbers only masked.
 * {@code caseNo} is the application number given at filing; {@code fileNo} the file number given when it opens.
 */
public record HardshipCase(
        long id,
        String caseNo,
        long unitId,
        CaseKind kind,
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
        CaseStatus status,
        String grade,
        String filedBy,
        OffsetDateTime filedAt,
        String fileNo,
        OffsetDateTime openedAt,
        Long previousCaseId,
        RefusalReason refusalReason,
        String refusalNote,
        LocalDate noticeFrom,
        LocalDate noticeUntil,
        FileLevel fileLevel,
        String cardHolderName,
        BankAccount.Kind bankAccountKind) {
}
