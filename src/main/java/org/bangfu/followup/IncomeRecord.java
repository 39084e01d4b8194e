package org.bangfu.followup;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The household's per-capita income of one month, with the 低保 it is compared with. */
public record IncomeRecord(LocalDate month, BigDecimal perCapitaIncome, BigDecimal localDibao) {

    public boolean aboveDibao() {
        return perCapitaIncome.compareTo(localDibao) > 0;
    }
}
