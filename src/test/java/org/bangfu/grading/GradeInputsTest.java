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
        GradeInputs below = new GradeInputs(BigDecimal.ONE, new BigDecimal("42499.99"), BigDecimal.TEN, "410100",
                2026, new BigDecimal("42500"), 2025, false);
        GradeInputs equal = new GradeInputs(BigDecimal.ONE, new BigDecimal("42500"), BigDecimal.TEN, "410100",
                2026, new BigDecimal("42500"), 2025, false);
        assertThat(below.belowProvincialAverage()).isTrue();
        assertThat(equal.belowProvincialAverage()).isFalse();
    }
}
