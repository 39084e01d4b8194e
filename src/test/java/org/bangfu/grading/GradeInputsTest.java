package org.bangfu.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class GradeInputsTest {

    @Test
    void perCapitaMonthlyIncomeDeductsRigidExpensesAndSplitsOverTwelveMonthsAndTheHousehold() {
        assertThat(GradeInputs.perCapitaMonthly(new BigDecimal("24000"), new BigDecimal("6000"), 3))
                .isEqualByComparingTo("500.00");
    }

    @Test
    void roundsHalfUpToTheFen() {
        // 10000 / 12 / 7 = 119.047619...
        assertThat(GradeInputs.perCapitaMonthly(new BigDecimal("10000"), BigDecimal.ZERO, 7))
                .isEqualByComparingTo("119.05");
    }

    @Test
    void expensesAboveIncomeGiveZeroNotANegativeIncome() {
        assertThat(GradeInputs.perCapitaMonthly(new BigDecimal("5000"), new BigDecimal("9000"), 2))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void comparesYearlyPerCapitaIncomeWithTheProvincialAverage() {
        GradeInputs below = inputs(new BigDecimal("42499.99"));
        GradeInputs equal = inputs(new BigDecimal("42500"));
        assertThat(below.belowProvincialAverage()).isTrue();
        assertThat(equal.belowProvincialAverage()).isFalse();
    }

    private static GradeInputs inputs(BigDecimal perCapitaYearly) {
        return new GradeInputs(BigDecimal.ONE, BigDecimal.ONE, perCapitaYearly, BigDecimal.TEN, "410100", 2026,
                new BigDecimal("42500"), 2025, 1, false, false, false, false, true, 12, false, BigDecimal.ZERO, true);
    }

    @Test
    void hardshipCostRatioIsCostsOverIncomeAndCappedWithoutIncome() {
        assertThat(GradeInputs.costRatio(new BigDecimal("8100"), new BigDecimal("10000"))).isEqualByComparingTo("0.81");
        assertThat(GradeInputs.costRatio(BigDecimal.ZERO, BigDecimal.ZERO)).isEqualByComparingTo("0");
        assertThat(GradeInputs.costRatio(BigDecimal.ONE, BigDecimal.ZERO)).isEqualByComparingTo("99");
    }
}
