package org.bangfu.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bangfu.organization.CurrentUser;

/**
 * Versioned rule values. A value is looked up for a 6-digit division code and a date: the version of that division
 * with the latest effective date not after the date; if none, the same for its city ({@code 4101xx → 410100}), its
 * province ({@code 410000}) and finally the national default {@code 000000}. Keys are listed in {@link SettingKeys}.
 */
public interface RuleSettings {

    Optional<BigDecimal> find(String key, String divisionCode, LocalDate on);

    /** Like {@link #find} but a missing setting is a {@code ConflictException} ("error.settingMissing"). */
    BigDecimal decimal(String key, String divisionCode, LocalDate on);

    /** {@link #decimal} as a whole number; a fractional value is a {@code ConflictException}. */
    int integer(String key, String divisionCode, LocalDate on);

    /** Every stored version, newest first per key and division. */
    List<RuleSetting> versions();

    /**
     * Adds a new version (analyst or admin). Refuses, field by field, an unknown key, a bad division code, a value
     * outside the key's allowed range or an effective date in the past; saves nothing then.
     */
    RuleSetting addVersion(NewRuleSetting command, CurrentUser user);
}
