package org.bangfu.settings;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new version of a rule setting was saved: from {@code effectiveFrom} on, {@code key} is {@code value}. */
public record RuleSettingChanged(String key, String divisionCode, LocalDate effectiveFrom, BigDecimal value,
                                 String changedBy) {
}
