package org.bangfu.settings;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What an analyst enters to change a rule value from a date on. */
public record NewRuleSetting(String key, String divisionCode, LocalDate effectiveFrom, BigDecimal value) {
}
