package org.bangfu.campaign;

import java.time.LocalDate;
import java.time.Period;

import org.bangfu.shared.BankAccount;

/** One entry of a unit's model-worker list (劳动模范名册). The resident ID and account are shown masked only. */
public record ModelWorker(long id, long unitId, String name, String residentIdMasked, LocalDate birthDate,
                          ModelWorkerHonour honour, int honourYear, String phone, String cardHolderName,
                          String accountLast4, BankAccount.Kind accountKind) {

    /** Age in full years on a day (e.g. the campaign's cut-off date for "aged 70 and over"). */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
