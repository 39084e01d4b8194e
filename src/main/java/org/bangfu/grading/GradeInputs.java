package org.bangfu.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the grade decision reads (GUIDE.md §4). Per-capita monthly income is (household yearly income − rigid
 * expenses) / 12 / household size, never below zero, rounded to the fen; the relative grade also deducts the
 * necessary job costs. The means check supplies the refusal facts; the household profile the migrant and accident
 * facts.
 */
public record GradeInputs(
        BigDecimal perCapitaMonthlyIncome,
        BigDecimal perCapitaMonthlyIncomeAfterJobCosts,
        BigDecimal perCapitaYearlyIncome,
        BigDecimal localDibao,
        String dibaoDivision,
        int dibaoYear,
        BigDecimal provincialPerCapitaIncome,
        int provincialIncomeYear,
        int homesOwned,
        boolean businessWithEmployees,
        boolean childAtHighFeeSchool,
        boolean privateVehicle,
        boolean migrantWorker,
        boolean livesInCity,
        int employmentMonths,
        boolean accidentEvent,
        BigDecimal hardshipCostRatio,
        boolean stillInDifficulty) {

    public static BigDecimal perCapitaMonthly(BigDecimal yearlyIncome, BigDecimal deductions, int householdSize) {
        BigDecimal disposable = yearlyIncome.subtract(deductions).max(BigDecimal.ZERO);
        return disposable.divide(BigDecimal.valueOf(12L * householdSize), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal perCapitaYearly(BigDecimal yearlyIncome, int householdSize) {
        return yearlyIncome.divide(BigDecimal.valueOf(householdSize), 2, RoundingMode.HALF_UP);
    }

    /** Hardship-caused costs ÷ household yearly income; 0 without costs; capped at 99 when income is 0. */
    public static BigDecimal costRatio(BigDecimal hardshipCosts, BigDecimal yearlyIncome) {
        if (hardshipCosts.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (yearlyIncome.signum() == 0) {
            return new BigDecimal("99");
        }
        return hardshipCosts.divide(yearlyIncome, 4, RoundingMode.HALF_UP).min(new BigDecimal("99"));
    }

    public boolean belowProvincialAverage() {
        return perCapitaYearlyIncome.compareTo(provincialPerCapitaIncome) < 0;
    }
}
