package org.bangfu.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

import org.bangfu.approval.SchoolLevel;
import org.bangfu.identification.AidType;
import org.junit.jupiter.api.Test;

/** The caps of GUIDE.md section 6 with the seeded example settings. */
class CapRulesTest {

    private static final Map<String, String> SEED = Map.ofEntries(
            Map.entry("cap.living.months.DEEP", "12"), Map.entry("cap.living.months.RELATIVE", "8"),
            Map.entry("cap.medical.ratio.DEEP", "1.00"), Map.entry("cap.medical.ratio.RELATIVE", "0.80"),
            Map.entry("cap.medical.max.DEEP", "50000"), Map.entry("cap.medical.max.RELATIVE", "16000"),
            Map.entry("cap.education.basic", "3000"), Map.entry("cap.education.higher", "10000"),
            Map.entry("cap.accident.ratio", "0.15"), Map.entry("cap.accident.max", "10000"),
            Map.entry("cap.training.max", "3000"), Map.entry("cap.jobPlacement.max", "1000"),
            Map.entry("cap.legal.max", "5000"));
    private static final Function<String, BigDecimal> SETTINGS = key -> new BigDecimal(SEED.get(key));

    private static CapRules.Household household(String grade, int students) {
        return new CapRules.Household(grade, new BigDecimal("830.00"), 3, students, new BigDecimal("50000"));
    }

    @Test
    void livingAidIsMonthsOfTheGradeTimesTheHouseholdsDibao() {
        assertThat(CapRules.cap(AidType.LIVING, household("DEEP", 0), null, null, SETTINGS))
                .isEqualByComparingTo("29880.00");
        assertThat(CapRules.cap(AidType.LIVING, household("RELATIVE", 0), null, null, SETTINGS))
                .isEqualByComparingTo("19920.00");
    }

    @Test
    void medicalAidIsTheGradesShareOfTheOutOfPocketCostUpToItsMaximum() {
        assertThat(CapRules.cap(AidType.MEDICAL, household("DEEP", 0), new BigDecimal("12345.67"), null, SETTINGS))
                .isEqualByComparingTo("12345.67");
        assertThat(CapRules.cap(AidType.MEDICAL, household("RELATIVE", 0), new BigDecimal("10000"), null, SETTINGS))
                .isEqualByComparingTo("8000.00");
        assertThat(CapRules.cap(AidType.MEDICAL, household("RELATIVE", 0), new BigDecimal("30000"), null, SETTINGS))
                .isEqualByComparingTo("16000.00");
    }

    @Test
    void educationAidDependsOnTheSchoolLevelPerStudent() {
        assertThat(CapRules.cap(AidType.EDUCATION, household("DEEP", 1), null, SchoolLevel.COMPULSORY, SETTINGS))
                .isEqualByComparingTo("3000.00");
        assertThat(CapRules.cap(AidType.EDUCATION, household("DEEP", 2), null, SchoolLevel.UNIVERSITY, SETTINGS))
                .isEqualByComparingTo("20000.00");
    }

    @Test
    void accidentAidIsFifteenPercentOfTheCostsAtMostTenThousand() {
        assertThat(CapRules.accidentCap(new BigDecimal("40000"), SETTINGS)).isEqualByComparingTo("6000.00");
        assertThat(CapRules.accidentCap(new BigDecimal("100000"), SETTINGS)).isEqualByComparingTo("10000.00");
    }

    @Test
    void fixedCapsComeStraightFromTheSettings() {
        assertThat(CapRules.cap(AidType.LEGAL, household("DEEP", 0), null, null, SETTINGS))
                .isEqualByComparingTo("5000.00");
        assertThat(CapRules.cap(AidType.JOB_PLACEMENT, household("DEEP", 0), null, null, SETTINGS))
                .isEqualByComparingTo("1000.00");
    }
}
