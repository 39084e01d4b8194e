package org.bangfu.followup;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A follow-up visit: when, who went, what they found, whether hardship persists, and this month's per-capita income. */
public record VisitCommand(LocalDate visitDate, String visitors, String findings, Boolean hardshipPersists,
                           BigDecimal perCapitaIncome) {
}
