package org.bangfu.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One version of one rule value for one region. */
public record RuleSetting(String key, String divisionCode, LocalDate effectiveFrom, BigDecimal value,
                          String changedBy, OffsetDateTime changedAt) {
}
