package org.bangfu.approval.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

import org.bangfu.approval.SchoolLevel;
import org.bangfu.identification.AidType;
import org.bangfu.settings.SettingKeys;

/**
 * The yearly cap of one aid type for one household (GUIDE.md §6), from the rule settings:
 * living aid = months of the grade × local 低保 × household size; medical = the grade's share of the out-of-pocket
 * cost, at most the grade's maximum; education = the level's cap per student; training, job placement and legal aid
 * a fixed maximum. Accident-grade households also have a cap over all types together.
 */
final class CapRules {

    private CapRules() {
    }

    record Household(String grade, BigDecimal localDibao, int size, int students, BigDecimal hardshipCosts) {
    }

    static BigDecimal cap(AidType type, Household h, BigDecimal outOfPocket, SchoolLevel level,
                          Function<String, BigDecimal> setting) {
        BigDecimal cap = switch (type) {
            case LIVING -> setting.apply(SettingKeys.CAP_LIVING_MONTHS + h.grade()).multiply(h.localDibao())
                    .multiply(BigDecimal.valueOf(h.size()));
            case MEDICAL -> outOfPocket == null ? BigDecimal.ZERO
                    : outOfPocket.multiply(setting.apply(SettingKeys.CAP_MEDICAL_RATIO + h.grade()))
                    .min(setting.apply(SettingKeys.CAP_MEDICAL_MAX + h.grade()));
            case EDUCATION -> setting.apply(level != null && level.isHigher() ? SettingKeys.CAP_EDUCATION_HIGHER
                    : SettingKeys.CAP_EDUCATION_BASIC).multiply(BigDecimal.valueOf(Math.max(1, h.students())));
            case TRAINING -> setting.apply(SettingKeys.CAP_TRAINING_MAX);
            case JOB_PLACEMENT -> setting.apply(SettingKeys.CAP_JOB_PLACEMENT_MAX);
            case LEGAL -> setting.apply(SettingKeys.CAP_LEGAL_MAX);
        };
        return cap.setScale(2, RoundingMode.DOWN);
    }

    /** All aid of an accident-grade household in a year: the ratio of its hardship-caused costs, at most the maximum. */
    static BigDecimal accidentCap(BigDecimal hardshipCosts, Function<String, BigDecimal> setting) {
        return hardshipCosts.multiply(setting.apply(SettingKeys.CAP_ACCIDENT_RATIO))
                .min(setting.apply(SettingKeys.CAP_ACCIDENT_MAX)).setScale(2, RoundingMode.DOWN);
    }
}
