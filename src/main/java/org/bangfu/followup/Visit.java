package org.bangfu.followup;

import java.math.BigDecimal;
import java.time.LocalDate;

public record Visit(long id, long caseId, LocalDate visitDate, String visitors, String findings,
                    boolean hardshipPersists, BigDecimal perCapitaIncome, String recordedBy) {
}
