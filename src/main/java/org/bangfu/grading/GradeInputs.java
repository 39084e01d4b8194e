package org.bangfu.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the grade decision reads. Per-capita monthly income is (household yearly income − rigid expenses) / 12 /
 * household size, never below zero, rounded to the fen.
 */
public record GradeInputs(
        BigDecimal perCapitaMonthlyIncome,
        BigDecimal perCapitaYearlyIncome,
        BigDecimal localDibao,
        String dibaoDivision,
        int dibaoYear,
        BigDecimal provincialPerCapitaIncome,
        int provincialIncomeYear,
        boolean accidentCaused) {

    public static BigDecimal perCapitaMonthly(BigDecimal yearlyIncome, BigDecimal rigidExpenses, int householdSize) {
        BigDecimal disposable = yearlyIncome.subtract(rigidExpenses).max(BigDecimal.ZERO);
        return disposable.divide(BigDecimal.valueOf(12L * householdSize), 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal perCapitaYearly(BigDecimal yearlyIncome, int householdSize) {
        return yearlyIncome.divide(BigDecimal.valueOf(householdSize), 2, RoundingMode.HALF_UP);
    }

    public boolean belowProvincialAverage() {
        return perCapitaYearlyIncome.compareTo(provincialPerCapitaIncome) < 0;
    }
}
